import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";
import { normaliseText } from "@/lib/privacy/normalise-text";

// Shared by the server action and the form in the browser, so it imports nothing server-only.
export const storyNoteLimits = { bodyMax: 2_000 } as const;

export const storyNoteSchema = z.object({
  storyId: rowIdSchema,
  body: z
    .string({ error: "noteRequired" })
    .overwrite(normaliseText)
    .min(1, "noteRequired")
    .max(storyNoteLimits.bodyMax, "noteTooLong"),
});

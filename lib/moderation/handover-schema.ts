import { z } from "zod";
import { normaliseText } from "@/lib/privacy/normalise-text";

// Shared by the server action and the form in the browser, so it imports nothing server-only.
export const handoverLimits = { bodyMax: 2_000 } as const;

// Empty is allowed: it clears the note when there is nothing to hand over.
export const handoverSchema = z.object({
  body: z.string({ error: "handoverRequired" }).overwrite(normaliseText).max(handoverLimits.bodyMax, "handoverTooLong"),
});

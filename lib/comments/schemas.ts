import { z } from "zod";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { isStorableText } from "@/lib/stories/storable-text";
import { commentLimits } from "./comment-limits";

export { commentLimits };

export const commentSchema = z.object({
  body: z
    .string({ error: "bodyRequired" })
    .overwrite(normaliseText)
    .refine(isStorableText, { error: "unstorableCharacter", abort: true })
    .min(1, { error: "bodyRequired", abort: true })
    .min(commentLimits.bodyMin, "bodyTooShort")
    .max(commentLimits.bodyMax, "bodyTooLong"),
});

export type CommentInput = z.input<typeof commentSchema>;
export type CommentSubmission = z.output<typeof commentSchema>;

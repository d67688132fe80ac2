import { z } from "zod";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { isStorableText } from "@/lib/stories/storable-text";
import { siteFeedbackLimits } from "./site-feedback-limits";

export { siteFeedbackLimits };

// The accessibility statement's form: what the problem was, and optionally where. Shared by the
// server action and the browser form, so both give the same message beside the same field.
export const siteFeedbackSchema = z.object({
  body: z
    .string({ error: "bodyRequired" })
    .overwrite(normaliseText)
    .refine(isStorableText, { error: "unstorableCharacter", abort: true })
    .min(1, { error: "bodyRequired", abort: true })
    .min(siteFeedbackLimits.bodyMin, "bodyTooShort")
    .max(siteFeedbackLimits.bodyMax, "bodyTooLong"),
  pageUrl: z
    .string()
    .overwrite(normaliseText)
    .refine(isStorableText, { error: "unstorableCharacter", abort: true })
    .max(siteFeedbackLimits.pageUrlMax, "pageUrlTooLong")
    .optional()
    .default(""),
});

export type SiteFeedbackInput = z.input<typeof siteFeedbackSchema>;
export type SiteFeedbackSubmission = z.output<typeof siteFeedbackSchema>;

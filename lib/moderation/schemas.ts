import { z } from "zod";
import { ROW_ID_MAX, rowIdSchema } from "@/lib/ids/row-id-schema";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { storySubmissionSchema } from "@/lib/stories/schemas";
import { templateFactKeys, templatePlaceholders } from "@/lib/templates/render-template";

// A moderator's edit follows exactly the rules the author's form enforced, so the same fields
// (and the same message keys) are reused rather than restated.
const { title, body, tagIds } = storySubmissionSchema.shape;

export const replyLimits = { bodyMin: 20, bodyMax: 5_000 } as const;
export const rejectionLimits = { shortReasonMax: 300, reasonMin: 10, reasonMax: 5_000 } as const;
export const commentRejectionLimits = { reasonMax: 1_000 } as const;
export const returnCommentLimits = { min: 5, max: 2_000 } as const;

const id = rowIdSchema;

// A template placeholder still in the text means the moderator has not filled it in yet, and
// the author would see "{{reason}}" verbatim. The same holds for a fact reference
// ({{fakta:key}}) that no current fact filled in.
function hasNoPlaceholder(text: string): boolean {
  return templatePlaceholders(text).length === 0 && templateFactKeys(text).length === 0;
}

export const storyEditSchema = z.object({ title, body, tagIds });

const replyBody = z
  .string({ error: "replyRequired" })
  .overwrite(normaliseText)
  .min(1, { error: "replyRequired", abort: true })
  .min(replyLimits.bodyMin, "replyTooShort")
  .max(replyLimits.bodyMax, "replyTooLong")
  .refine(hasNoPlaceholder, "replyHasPlaceholder");

// "" is the composer's "Ingen mall".
const templateId = z
  .string()
  .max(ROW_ID_MAX, "idRequired")
  .optional()
  .nullable()
  .transform((value) => value?.trim() || null);

// The review form: the edit plus the reply that goes out with the publication.
export const storyReviewSchema = storyEditSchema.extend({ replyBody, templateId });

export const storyRejectionSchema = z.object({
  reason: z
    .string({ error: "reasonRequired" })
    .overwrite(normaliseText)
    .min(1, { error: "reasonRequired", abort: true })
    .min(rejectionLimits.reasonMin, "reasonTooShort")
    .max(rejectionLimits.reasonMax, "reasonTooLong")
    .refine(hasNoPlaceholder, "reasonHasPlaceholder"),
});

// The version of the story the moderator's form started from (lib/stories/story-status.ts).
const version = z.coerce.number({ error: "versionRequired" }).int("versionRequired").min(1, "versionRequired");

export const editStoryActionSchema = storyEditSchema.extend({ storyId: id, version });
export const publishStoryActionSchema = storyReviewSchema.extend({ storyId: id, version });
export const rejectStoryActionSchema = storyRejectionSchema.extend({ storyId: id, version });

// Colleague review: the colleague's approval names the version they read, and a send-back says
// why, for the preparer.
export const approveStoryActionSchema = z.object({ storyId: id, version });
export const returnStorySchema = z.object({
  comment: z
    .string({ error: "returnCommentRequired" })
    .overwrite(normaliseText)
    .min(1, { error: "returnCommentRequired", abort: true })
    .min(returnCommentLimits.min, "returnCommentTooShort")
    .max(returnCommentLimits.max, "returnCommentTooLong"),
});
export const returnStoryActionSchema = returnStorySchema.extend({ storyId: id, version });
export const storyIdSchema = z.object({ storyId: id });
export type ReturnStoryInput = z.input<typeof returnStorySchema>;

// The reason is for the audit log only; comment authors are anonymous and get no receipt.
export const commentDecisionSchema = z.object({
  commentId: id,
  reason: z
    .string()
    .optional()
    .nullable()
    .transform((value) => (value ? normaliseText(value) : "") || null)
    .refine((value) => value === null || value.length <= commentRejectionLimits.reasonMax, "commentReasonTooLong"),
});

export type StoryReviewInput = z.input<typeof storyReviewSchema>;
export type StoryReviewValues = z.output<typeof storyReviewSchema>;
export type StoryRejectionInput = z.input<typeof storyRejectionSchema>;
export type StoryRejectionValues = z.output<typeof storyRejectionSchema>;

import { z } from "zod";
import { rowIdSchema } from "@/lib/ids/row-id-schema";

// Shared by the server actions and the review page's forms, so it imports nothing server-only.
// Messages are keys under AnswerModeration.errors.

export const answerCommentLimits = { min: 5, max: 2_000 } as const;

// The version of the answer or mark the moderator's page showed: a decision on a text the
// organisation changed meanwhile is refused (STALE_VERSION).
const version = z.coerce.number({ error: "versionRequired" }).int("versionRequired").min(1, "versionRequired");

const comment = (tooShort: string) =>
  z
    .string({ error: tooShort })
    .trim()
    .min(answerCommentLimits.min, tooShort)
    .max(answerCommentLimits.max, "commentTooLong");

// The text the organisation reads with a send-back, the reason kept with a rejection or a
// take-down, or the comment to the colleague who prepared a publication.
export const answerCommentSchema = z.object({ comment: comment("commentTooShort") });
export type AnswerCommentInput = z.input<typeof answerCommentSchema>;

const answerTarget = { answerId: rowIdSchema, version };
const markTarget = { markId: rowIdSchema, version };

export const answerDecisionSchema = z.object(answerTarget);
export const answerCommentDecisionSchema = answerCommentSchema.extend(answerTarget);
export const markDecisionSchema = z.object(markTarget);
export const markCommentDecisionSchema = answerCommentSchema.extend(markTarget);

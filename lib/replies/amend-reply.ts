import type { AuditAction } from "@/lib/audit/actions";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type PublicTx, markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { AppError } from "@/lib/errors/app-error";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { assertGuardedUpdate } from "@/lib/stories/story-status";
import { readerReplyWhere, readerStoryWhere } from "@/lib/stories/visibility";

export type ApplyAmendmentOptions = {
  replyId: string;
  moderatorId: string;
  body: string;
  now: Date;
  // With colleague review: the text the amendment was prepared against. The update happens only
  // while the reply still reads so, or a colleague would approve a change of some other text.
  expectedBody?: string;
  audit: { action: Extract<AuditAction, `reply.${string}`>; extra?: Record<string, unknown> };
};

// Writes the new text of a reply readers can see, with its audit row, in the caller's
// transaction. Only a reply readers can see (published, on a published story) may be amended: a
// withdrawn or pending story's reply is not the public record to correct. Readers see
// "Uppdaterat <datum>" beside it; the audit row keeps the text before and after.
export async function applyReplyAmendment(tx: PublicTx, options: ApplyAmendmentOptions): Promise<{ changed: boolean }> {
  const { replyId, moderatorId, body, now } = options;
  const current = await tx.reply.findUnique({ where: { id: replyId }, select: { body: true, storyId: true } });
  if (!current) throw new AppError("NOT_FOUND", "reply not found");
  if (options.expectedBody !== undefined && current.body !== options.expectedBody) throw new AppError("STALE_AMENDMENT", "the reply changed since the amendment was prepared");
  if (current.body === body) {
    markTouched(tx, []);
    return { changed: false };
  }
  markTouched(tx, await loadStoryKeys(tx, current.storyId));
  const updated = await tx.reply.updateMany({
    where: { id: replyId, ...readerReplyWhere, story: readerStoryWhere, ...(options.expectedBody === undefined ? {} : { body: options.expectedBody }) },
    data: { body, amendedAt: now, amendedById: moderatorId },
  });
  assertGuardedUpdate(updated, "only a published reply on a published story can be amended");
  // Logged on the story, so that erasing the story erases this copy of the reply's text too.
  await writeAuditLog(tx, {
    moderatorId,
    action: options.audit.action,
    targetType: "story",
    targetId: current.storyId,
    before: { replyId, body: current.body },
    after: { replyId, body, ...options.audit.extra },
  });
  return { changed: true };
}

// A moderator corrects a published reply alone, e.g. after a fact it quotes has changed. While
// colleague review is in force this is refused: the correction is prepared for a colleague
// instead (lib/moderation/reply-amendments.ts), as a decision on a story is.
export async function amendReply({ replyId, moderatorId, body, now = new Date() }: { replyId: string; moderatorId: string; body: string; now?: Date }) {
  return publicContentTransaction(async (tx) => {
    if ((await getColleagueReview(tx)).inForce) throw new AppError("REVIEW_REQUIRED", "colleague review is in force");
    return applyReplyAmendment(tx, { replyId, moderatorId, body, now, audit: { action: "reply.amend" } });
  });
}

import type { CommentStatus } from "@/generated/prisma/client";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { AppError } from "@/lib/errors/app-error";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { assertCommentTransition, assertGuardedCommentUpdate, whereCommentUndecided } from "./comment-status";

export type DecideCommentOptions = {
  commentId: string;
  moderatorId: string;
  decision: Extract<CommentStatus, "APPROVED" | "REJECTED">;
  reason?: string | null;
  now?: Date;
};

// Shared by approveComment and rejectComment: the two differ only in the status they set.
export async function decideComment(options: DecideCommentOptions): Promise<void> {
  const now = options.now ?? new Date();
  const reason = options.reason?.trim() || null;
  await publicContentTransaction(async (tx) => {
    const current = await tx.comment.findUnique({ where: { id: options.commentId }, select: { status: true, storyId: true } });
    if (!current) throw new AppError("NOT_FOUND", "comment not found");
    assertCommentTransition(current.status, options.decision);
    const updated = await tx.comment.updateMany({
      where: whereCommentUndecided(options.commentId),
      data: {
        status: options.decision,
        decidedAt: now,
        rejectionReason: options.decision === "REJECTED" ? reason : null,
      },
    });
    assertGuardedCommentUpdate(updated);
    // A comment is decided from PENDING, which no reader sees: only an approval shows. It shows
    // on its story's page; the story's lists are retired with it, should they count comments.
    markTouched(tx, options.decision === "APPROVED" ? await loadStoryKeys(tx, current.storyId) : []);
    await writeAuditLog(tx, {
      moderatorId: options.moderatorId,
      action: options.decision === "APPROVED" ? "comment.approve" : "comment.reject",
      targetType: "comment",
      targetId: options.commentId,
      reason,
      before: { status: current.status },
      after: { status: options.decision },
    });
  });
}

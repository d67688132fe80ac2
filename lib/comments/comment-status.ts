import type { CommentStatus, Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// The one place that says what a comment's status allows, like lib/stories/story-status.ts for
// stories: a comment is decided once, pending → approved or rejected. What readers see is
// lib/stories/visibility.ts (readerCommentWhere).
const allowedCommentTransitions: Record<CommentStatus, readonly CommentStatus[]> = {
  PENDING: ["APPROVED", "REJECTED"],
  APPROVED: [],
  REJECTED: [],
};

export function canTransitionComment(from: CommentStatus, to: CommentStatus): boolean {
  return allowedCommentTransitions[from].includes(to);
}

export function assertCommentTransition(from: CommentStatus, to: CommentStatus): void {
  if (!canTransitionComment(from, to)) {
    throw new AppError("INVALID_STATE", `comment cannot go from ${from} to ${to}`);
  }
}

// Every comment, a reader's or the story's author's, starts out waiting for a moderator
// (test/guard/public-writes-invalidate.test.ts relies on that: creating one changes nothing a
// reader sees).
const pendingStatus = "PENDING" as const satisfies CommentStatus;
export const newCommentData = { status: pendingStatus } satisfies Partial<Prisma.CommentUncheckedCreateInput>;

// The comments a moderator still has to decide: counted in the menu, the queue and the
// statistics, listed on /mod/kommentarer.
export const awaitingDecisionCommentWhere = { status: pendingStatus } satisfies Prisma.CommentWhereInput;

// The guard for a decision: an updateMany on this finds no row when a colleague decided the
// comment meanwhile, so two moderators cannot both succeed.
export function whereCommentUndecided(id: string) {
  return { id, ...awaitingDecisionCommentWhere } satisfies Prisma.CommentWhereInput;
}

export function assertGuardedCommentUpdate(updated: { count: number }): void {
  if (updated.count !== 1) throw new AppError("INVALID_STATE", "comment was decided meanwhile");
}

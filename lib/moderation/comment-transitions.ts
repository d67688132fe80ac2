import type { CommentStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// A comment is decided once, like a story: pending → approved or rejected.
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

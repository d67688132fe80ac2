"use server";

import { moderatorAction } from "@/lib/auth/moderator-action";
import { approveComment } from "@/lib/comments/approve-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { commentDecisionSchema } from "@/lib/moderation/schemas";

// Both take { commentId, reason? }; the queue page at /mod uses them too.
export const approveCommentAction = moderatorAction({ schema: commentDecisionSchema }, (input, moderator) =>
  approveComment({ commentId: input.commentId, moderatorId: moderator.id, reason: input.reason }),
);

export const rejectCommentAction = moderatorAction({ schema: commentDecisionSchema }, (input, moderator) =>
  rejectComment({ commentId: input.commentId, moderatorId: moderator.id, reason: input.reason }),
);

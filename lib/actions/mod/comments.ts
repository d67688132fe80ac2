"use server";

import { moderatorAction } from "@/lib/actions/moderator-action";
import { approveComment } from "@/lib/comments/approve-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { commentDecisionSchema } from "@/lib/moderation/schemas";

// Both take { commentId, reason? }; the queue page at /mod uses them too.
export const approveCommentAction = moderatorAction({ schema: commentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  approveComment({ commentId: input.commentId, moderatorId: moderator.id, reason: input.reason }),
);

export const rejectCommentAction = moderatorAction({ schema: commentDecisionSchema, roles: ["MODERATOR", "ADMIN"] }, (input, moderator) =>
  rejectComment({ commentId: input.commentId, moderatorId: moderator.id, reason: input.reason }),
);

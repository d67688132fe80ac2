import { decideComment } from "./decide-comment";

// After approval the comment is shown under its story (see readerCommentWhere).
export function approveComment(options: { commentId: string; moderatorId: string; reason?: string | null; now?: Date }) {
  return decideComment({ ...options, decision: "APPROVED" });
}

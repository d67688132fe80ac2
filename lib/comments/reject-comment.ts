import { decideComment } from "./decide-comment";

// A rejected comment is never shown; the optional reason stays in the audit log for colleagues.
export function rejectComment(options: { commentId: string; moderatorId: string; reason?: string | null; now?: Date }) {
  return decideComment({ ...options, decision: "REJECTED" });
}

import type { Tx } from "@/lib/db";
import type { AuditAction } from "./actions";

export type ErasureAction = Extract<AuditAction, "story.erased_by_author" | "story.erased_by_retention">;

// The one trace an erased story leaves: that an erasure happened, and when. No moderator, no
// target id, no before/after, so nothing in it can lead back to the text or the author.
export function writeErasureAuditLog(tx: Tx, action: ErasureAction) {
  return tx.auditLog.create({
    data: { moderatorId: null, action, targetType: "story", targetId: null },
  });
}

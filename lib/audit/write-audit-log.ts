import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import type { AuditAction, AuditTargetType } from "./actions";

export type AuditEntry = {
  moderatorId: string;
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

// Takes the transaction client on purpose: an audit row is written with the change or not at all.
export function writeAuditLog(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({
    data: {
      moderatorId: entry.moderatorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}

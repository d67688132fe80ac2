import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { changedFields } from "@/lib/audit/changed-fields";
import type { FactFieldsValues } from "./schemas";

export type UpdateFactOptions = FactFieldsValues & { factId: string; moderatorId: string; now?: Date };

// Changes a fact's label, value, source or owner. A new value is also a verification (the admin
// has just checked it), and the old value is kept as a FactChange in the same transaction, so
// the published replies that still quote it can be found (list-replies-to-amend.ts).
export async function updateFact(options: UpdateFactOptions): Promise<{ changed: boolean; valueChanged: boolean }> {
  const { factId, moderatorId, now = new Date(), ...next } = options;
  return db.$transaction(async (tx) => {
    const current = await tx.fact.findUnique({ where: { id: factId }, select: { label: true, value: true, sourceUrl: true, owner: true } });
    if (!current) throw new AppError("NOT_FOUND", "fact not found");
    const diff = changedFields(current, next);
    if (!diff) return { changed: false, valueChanged: false };
    const valueChanged = current.value !== next.value;
    await tx.fact.update({ where: { id: factId }, data: { ...next, ...(valueChanged ? { verifiedAt: now } : {}) } });
    if (valueChanged) {
      await tx.factChange.create({ data: { factId, oldValue: current.value, newValue: next.value, moderatorId, changedAt: now } });
    }
    await writeAuditLog(tx, { moderatorId, action: "fact.update", targetType: "fact", targetId: factId, before: diff.before, after: diff.after });
    return { changed: true, valueChanged };
  });
}

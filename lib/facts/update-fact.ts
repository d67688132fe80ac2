import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { contentKeys } from "@/lib/cache/content-keys";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { changedFields } from "@/lib/audit/changed-fields";
import type { FactFieldsValues } from "./schemas";

export type UpdateFactOptions = FactFieldsValues & { factId: string; moderatorId: string; now?: Date };

// Changes a fact's label, value, translations, source or owner. Readers see facts (the guide, the
// municipality pages), so a change retires what was built from them. A new value is also a
// verification (the admin has just checked it), and the old value is kept as a FactChange in the same transaction, so
// the published replies that still quote it can be found (list-replies-to-amend.ts).
export async function updateFact(options: UpdateFactOptions): Promise<{ changed: boolean; valueChanged: boolean }> {
  const { factId, moderatorId, now = new Date(), ...fields } = options;
  // A caller that leaves the translations out keeps them as they are.
  const next = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as typeof fields & { value: string };
  return publicContentTransaction(async (tx) => {
    const current = await tx.fact.findUnique({
      where: { id: factId },
      select: { label: true, value: true, sourceUrl: true, owner: true, labelFi: true, valueFi: true, labelEn: true, valueEn: true },
    });
    if (!current) throw new AppError("NOT_FOUND", "fact not found");
    const diff = changedFields(current, next);
    if (!diff) {
      markTouched(tx, []);
      return { changed: false, valueChanged: false };
    }
    const valueChanged = current.value !== next.value;
    await tx.fact.update({ where: { id: factId }, data: { ...next, ...(valueChanged ? { verifiedAt: now } : {}) } });
    if (valueChanged) {
      await tx.factChange.create({ data: { factId, oldValue: current.value, newValue: next.value, moderatorId, changedAt: now } });
    }
    markTouched(tx, [contentKeys.facts()]);
    await writeAuditLog(tx, { moderatorId, action: "fact.update", targetType: "fact", targetId: factId, before: diff.before, after: diff.after });
    return { changed: true, valueChanged };
  });
}


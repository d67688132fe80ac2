import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// An admin turns the two-factor requirement on or off for every account. Turning it on is
// refused until the admin has two-factor login themself, so nobody can lock out the one
// person able to undo it.
export async function setRequireTotp({ actorId, requireTotp }: { actorId: string; requireTotp: boolean }) {
  return db.$transaction(async (tx) => {
    if (requireTotp) {
      const actor = await tx.moderator.findUnique({ where: { id: actorId }, select: { totpEnabledAt: true } });
      if (!actor?.totpEnabledAt) throw new AppError("INVALID_STATE", "the admin has no two-factor login");
    }
    const before = await tx.siteSetting.findUnique({ where: { id: 1 }, select: { requireTotp: true } });
    const after = await tx.siteSetting.upsert({
      where: { id: 1 },
      create: { id: 1, requireTotp },
      update: { requireTotp },
      select: { requireTotp: true },
    });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "setting.require_totp",
      targetType: "setting",
      targetId: "1",
      before: { requireTotp: before?.requireTotp ?? false },
      after: { requireTotp: after.requireTotp },
    });
    return after;
  });
}

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// For a moderator who lost their phone: an admin removes their second factor, and they set up
// a new one at their next login (at once, if the site requires it). A lock after too many wrong
// codes goes with the old factor: the new one starts afresh.
export async function resetTotp({ actorId, moderatorId }: { actorId: string; moderatorId: string }) {
  await db.$transaction(async (tx) => {
    const target = await tx.moderator.findUnique({ where: { id: moderatorId }, select: { totpEnabledAt: true } });
    if (!target) throw new AppError("NOT_FOUND", "moderator not found");
    if (!target.totpEnabledAt) throw new AppError("INVALID_STATE", "two-factor login is not on");
    await tx.moderator.update({
      where: { id: moderatorId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, totpLockedUntil: null },
    });
    await tx.totpFailure.deleteMany({ where: { moderatorId } });
    // Every two-factor change ends the account's sessions (lib/auth/revoke-moderator-sessions.ts).
    await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "moderator.totp_reset",
      targetType: "moderator",
      targetId: moderatorId,
      before: { totpEnabled: true },
      after: { totpEnabled: false },
    });
  });
}

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { hashPassword } from "@/lib/auth/password";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// Sets a new password chosen by an admin, and ends every session of the account: whoever
// knew the old password may be logged in with it. The log says that it changed, never what to.
export async function resetModeratorPassword({
  actorId,
  moderatorId,
  password,
}: {
  actorId: string;
  moderatorId: string;
  password: string;
}): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const target = await tx.moderator.findUnique({ where: { id: moderatorId }, select: { id: true } });
    if (!target) throw new AppError("NOT_FOUND", "moderator not found");
    await tx.moderator.update({ where: { id: moderatorId }, data: { passwordHash } });
    await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "moderator.password_reset",
      targetType: "moderator",
      targetId: moderatorId,
      after: { passwordChanged: true },
    });
  });
}

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { revokeModeratorSessions } from "./revoke-moderator-sessions";

// "Logga ut överallt": a moderator who fears a device or a cookie is in someone else's hands
// ends every one of their sessions, this one included.
export async function logOutEverywhere({ moderatorId }: { moderatorId: string }): Promise<{ sessionsEnded: number }> {
  return db.$transaction(async (tx) => {
    const sessionsEnded = await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId,
      action: "moderator.sessions_revoke",
      targetType: "moderator",
      targetId: moderatorId,
      after: { sessionsEnded },
    });
    return { sessionsEnded };
  });
}

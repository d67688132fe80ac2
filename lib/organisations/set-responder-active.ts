import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export type SetResponderActiveOptions = { actorId: string; organisationId: string; responderId: string; active: boolean };

// A member of staff who leaves, or whose account is misused, is switched off alone, without
// stopping the whole organisation: their sessions end in the same transaction, and they can no
// longer log in. Only a responder of the named organisation: moderators' accounts are managed on
// the accounts page. Readers never see a responder, so nothing public changes.
export async function setResponderActive({ actorId, organisationId, responderId, active }: SetResponderActiveOptions): Promise<{ changed: boolean; sessionsEnded: number }> {
  return db.$transaction(async (tx) => {
    const responder = await tx.moderator.findFirst({ where: { id: responderId, role: "RESPONDER", organisationId }, select: { active: true } });
    if (!responder) throw new AppError("NOT_FOUND", "responder not found in this organisation");
    if (responder.active === active) return { changed: false, sessionsEnded: 0 };
    await tx.moderator.update({ where: { id: responderId }, data: { active } });
    const { count } = active ? { count: 0 } : await tx.moderatorSession.deleteMany({ where: { moderatorId: responderId } });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: active ? "responder.reactivate" : "responder.deactivate",
      targetType: "responder",
      targetId: responderId,
      before: { active: responder.active, organisationId },
      after: { active },
    });
    return { changed: true, sessionsEnded: count };
  });
}

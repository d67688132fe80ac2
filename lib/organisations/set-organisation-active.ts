import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { organisationKeys } from "./organisation-keys";

export type SetOrganisationActiveOptions = { actorId: string; organisationId: string; active: boolean };

// Deactivating ends every session of its responders in the same transaction: they are logged
// out at once, not at their next idle timeout (lib/auth/session.ts also refuses a responder of
// an inactive organisation, for a session written in the same moment). Reactivating restores
// nothing: each responder logs in again.
export async function setOrganisationActive({ actorId, organisationId, active }: SetOrganisationActiveOptions): Promise<{ changed: boolean; sessionsEnded: number }> {
  return publicContentTransaction(async (tx) => {
    const current = await tx.organisation.findUnique({ where: { id: organisationId }, select: { active: true, municipalityCodes: true } });
    if (!current) throw new AppError("NOT_FOUND", "organisation not found");
    if (current.active === active) {
      markTouched(tx, []);
      return { changed: false, sessionsEnded: 0 };
    }
    await tx.organisation.update({ where: { id: organisationId }, data: { active, deactivatedAt: active ? null : new Date() } });
    const { count } = active ? { count: 0 } : await tx.moderatorSession.deleteMany({ where: { moderator: { organisationId } } });
    markTouched(tx, organisationKeys(current.municipalityCodes));
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: active ? "organisation.reactivate" : "organisation.deactivate",
      targetType: "organisation",
      targetId: organisationId,
      before: { active: current.active },
      after: { active },
    });
    return { changed: true, sessionsEnded: count };
  });
}

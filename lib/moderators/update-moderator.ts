import type { Role } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { moderatorAccountWhere } from "@/lib/roles/moderator-roles";
import { holdColleagueReviewIfLapsed, reviewBeforeDeactivation } from "@/lib/settings/review-setting-change";
import { moderatorPublicSelect, moderatorSnapshot } from "./moderator-snapshot";

export type UpdateModeratorOptions = {
  actorId: string;
  moderatorId: string;
  role?: Role;
  active?: boolean;
};

// Locks every active admin row, so two admins demoting each other at the same moment are
// handled one after the other and cannot leave the service without an admin.
async function lockActiveAdminIds(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Moderator" WHERE role = 'ADMIN' AND active = true FOR UPDATE`;
  return rows.map((row) => row.id);
}

// Changes role and/or active flag. An admin cannot lock themself out, and the last active
// admin can be neither demoted nor deactivated (INVALID_STATE). Any change ends every session
// of the account: a deactivated one must not come back to life with its old cookies when it is
// reactivated, and a new role starts with a new login. A deactivation that would take colleague
// review out of force holds it in force instead (lib/settings/review-setting-change.ts).
export async function updateModerator({ actorId, moderatorId, role, active }: UpdateModeratorOptions) {
  return db.$transaction(async (tx) => {
    const activeAdminIds = await lockActiveAdminIds(tx);
    // A responder's account belongs to their organisation: it is not one of these, and can never
    // be given a moderator's role.
    const current = await tx.moderator.findFirst({ where: { id: moderatorId, ...moderatorAccountWhere }, select: moderatorPublicSelect });
    if (!current) throw new AppError("NOT_FOUND", "moderator not found");

    const next = { role: role ?? current.role, active: active ?? current.active };
    const losesAdmin = current.role === "ADMIN" && current.active && (next.role !== "ADMIN" || !next.active);
    if (losesAdmin && moderatorId === actorId) {
      throw new AppError("INVALID_STATE", "an admin cannot demote or deactivate themself");
    }
    if (losesAdmin && !activeAdminIds.some((id) => id !== moderatorId)) {
      throw new AppError("INVALID_STATE", "the last active admin must stay");
    }
    if (next.role === current.role && next.active === current.active) return current;

    const deactivates = current.active && !next.active;
    const reviewBefore = deactivates ? await reviewBeforeDeactivation(tx) : null;
    const updated = await tx.moderator.update({
      where: { id: moderatorId },
      data: next,
      select: moderatorPublicSelect,
    });
    await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "moderator.update",
      targetType: "moderator",
      targetId: moderatorId,
      before: moderatorSnapshot(current),
      after: moderatorSnapshot(updated),
    });
    if (reviewBefore) await holdColleagueReviewIfLapsed(tx, { actorId, before: reviewBefore });
    return updated;
  });
}

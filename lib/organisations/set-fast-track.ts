import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readFastTrackEligibility } from "./fast-track-eligibility";

export type SetFastTrackOptions = { actorId: string; organisationId: string; fastTrack: boolean };

// Puts an organisation's answers on "published at once" (moderators review them afterwards), or
// takes them off it. Turning it on is refused unless the organisation has earned it
// (fast-track-eligibility.ts); turning it off is always allowed. The organisation's row is
// locked first, so a take-down committing at the same moment (which clears the fast track) is
// seen by the count, or clears the flag after this.
export async function setFastTrack({ actorId, organisationId, fastTrack }: SetFastTrackOptions): Promise<{ changed: boolean }> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ fastTrack: boolean; active: boolean }[]>`
      SELECT "fastTrack", active FROM "Organisation" WHERE id = ${organisationId} FOR UPDATE`;
    const current = locked[0];
    if (!current) throw new AppError("NOT_FOUND", "organisation not found");
    if (current.fastTrack === fastTrack) return { changed: false };
    if (fastTrack) {
      if (!current.active) throw new AppError("INVALID_STATE", { field: "fastTrack", key: "fastTrackInactive" });
      const eligibility = await readFastTrackEligibility(tx, { organisationId });
      if (!eligibility.eligible) throw new AppError("INVALID_STATE", { field: "fastTrack", key: "fastTrackNotEarned" });
    }
    await tx.organisation.update({ where: { id: organisationId }, data: { fastTrack } });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "organisation.fast_track",
      targetType: "organisation",
      targetId: organisationId,
      before: { fastTrack: current.fastTrack },
      after: { fastTrack },
    });
    return { changed: true };
  });
}

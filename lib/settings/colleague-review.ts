import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getSiteSettings } from "./get-site-settings";

// Colleague review ("Svar granskas av en kollega innan de publiceras") is on by default. It is in
// force only while at least two moderators are active: with one, nobody could approve, and a
// new install (one admin) would have a queue nobody can empty. The admin cannot switch it on
// then; it comes into force by itself when the second account is made.
export const COLLEAGUE_REVIEW_MINIMUM = 2;

export type ColleagueReviewState = { enabled: boolean; activeModerators: number; inForce: boolean };

export async function getColleagueReview(tx: Tx = db): Promise<ColleagueReviewState> {
  const [{ colleagueReview }, activeModerators] = await Promise.all([getSiteSettings(tx), tx.moderator.count({ where: { active: true } })]);
  return { enabled: colleagueReview, activeModerators, inForce: colleagueReview && activeModerators >= COLLEAGUE_REVIEW_MINIMUM };
}

// The admin's shift settings: colleague review, and how long opening a story claims it
// (lib/moderation/claims.ts). Left out, the claim time stays as it is.
export async function setColleagueReview({ actorId, colleagueReview, claimMinutes }: { actorId: string; colleagueReview: boolean; claimMinutes?: number }) {
  return db.$transaction(async (tx) => {
    const before = await getColleagueReview(tx);
    if (colleagueReview && !before.enabled && before.activeModerators < COLLEAGUE_REVIEW_MINIMUM) {
      throw new AppError("INVALID_STATE", "colleague review needs two active moderators");
    }
    const { claimMinutes: claimBefore } = await getSiteSettings(tx);
    const data = { colleagueReview, ...(claimMinutes === undefined ? {} : { claimMinutes }) };
    const after = await tx.siteSetting.upsert({
      where: { id: 1 },
      create: { id: 1, ...data },
      update: data,
      select: { colleagueReview: true, claimMinutes: true },
    });
    await writeAuditLog(tx, {
      moderatorId: actorId,
      action: "setting.colleague_review",
      targetType: "setting",
      targetId: "1",
      before: { colleagueReview: before.enabled, claimMinutes: claimBefore },
      after: { colleagueReview: after.colleagueReview, claimMinutes: after.claimMinutes },
    });
    return after;
  });
}

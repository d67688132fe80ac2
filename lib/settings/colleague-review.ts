import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getSiteSettings } from "./get-site-settings";
import { clearedReviewOffRequest, getColleagueReviewOffRequest, requestColleagueReviewOff } from "./review-setting-change";

// Colleague review ("Svar granskas av en kollega innan de publiceras") is on by default. It is in
// force only while at least two moderators are active: with one, nobody could approve, and a
// new install (one admin) would have a queue nobody can empty. The admin cannot switch it on
// then; it comes into force by itself when the second account is made. Once in force, it stays
// in force when a deactivation leaves one moderator (colleagueReviewHeld), and switching it off
// takes a colleague's approval (lib/settings/review-setting-change.ts).
export const COLLEAGUE_REVIEW_MINIMUM = 2;

export type ColleagueReviewState = { enabled: boolean; activeModerators: number; inForce: boolean };

export async function getColleagueReview(tx: Tx = db): Promise<ColleagueReviewState> {
  const [{ colleagueReview }, held, activeModerators] = await Promise.all([
    getSiteSettings(tx),
    tx.siteSetting.findUnique({ where: { id: 1 }, select: { colleagueReviewHeld: true } }),
    tx.moderator.count({ where: { active: true } }),
  ]);
  const inForce = colleagueReview && (activeModerators >= COLLEAGUE_REVIEW_MINIMUM || Boolean(held?.colleagueReviewHeld));
  return { enabled: colleagueReview, activeModerators, inForce };
}

// In force, but held with one active moderator: prepared decisions wait for a colleague.
export function waitsForColleague(state: ColleagueReviewState): boolean {
  return state.inForce && state.activeModerators < COLLEAGUE_REVIEW_MINIMUM;
}

export type SetColleagueReviewResult = { colleagueReview: boolean; claimMinutes: number; offRequested: boolean };

// The admin's shift settings: colleague review, and how long opening a story claims it
// (lib/moderation/claims.ts). Left out, the claim time stays as it is. Switching review off
// while it is in force only records the request; review stays on until a colleague approves.
export async function setColleagueReview({
  actorId,
  colleagueReview,
  claimMinutes,
  now = new Date(),
}: {
  actorId: string;
  colleagueReview: boolean;
  claimMinutes?: number;
  now?: Date;
}): Promise<SetColleagueReviewResult> {
  return db.$transaction(async (tx) => {
    const before = await getColleagueReview(tx);
    if (colleagueReview && !before.enabled && before.activeModerators < COLLEAGUE_REVIEW_MINIMUM) {
      throw new AppError("INVALID_STATE", "colleague review needs two active moderators");
    }
    const { claimMinutes: claimBefore } = await getSiteSettings(tx);
    const pendingBefore = await getColleagueReviewOffRequest(tx);
    const offRequested = !colleagueReview && before.inForce;
    if (offRequested) await requestColleagueReviewOff(tx, { actorId, now });
    const endsRequest = !offRequested && pendingBefore !== null;
    // A request leaves the setting itself as it is; switching on, or off in one step, ends any
    // waiting request.
    const data = {
      ...(offRequested ? {} : { colleagueReview, ...clearedReviewOffRequest }),
      ...(claimMinutes === undefined ? {} : { claimMinutes }),
    };
    const after = await tx.siteSetting.upsert({
      where: { id: 1 },
      create: { id: 1, ...data },
      update: data,
      select: { colleagueReview: true, claimMinutes: true },
    });
    if (after.colleagueReview !== before.enabled || after.claimMinutes !== claimBefore || endsRequest) {
      await writeAuditLog(tx, {
        moderatorId: actorId,
        action: "setting.colleague_review",
        targetType: "setting",
        targetId: "1",
        before: { colleagueReview: before.enabled, claimMinutes: claimBefore, ...(endsRequest ? { offRequestedById: pendingBefore.requestedById } : {}) },
        after: { colleagueReview: after.colleagueReview, claimMinutes: after.claimMinutes, ...(endsRequest ? { offRequestedById: null } : {}) },
      });
    }
    return { ...after, offRequested };
  });
}

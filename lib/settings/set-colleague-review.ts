import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { COLLEAGUE_REVIEW_MINIMUM, getColleagueReview } from "./colleague-review";
import { getSiteSettings } from "./get-site-settings";
import { clearedReviewOffRequest, getColleagueReviewOffRequest, requestColleagueReviewOff } from "./review-setting-change";

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

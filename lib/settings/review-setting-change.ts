import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { moderatorAccountWhere } from "@/lib/roles/moderator-roles";
import { COLLEAGUE_REVIEW_MINIMUM, type ColleagueReviewState, getColleagueReview } from "./colleague-review";

// Switching colleague review off is itself a four-eyes decision while review is in force: the
// admin's "switch off" is a request, review stays in force, and another active moderator
// approves it (any role: review is the colleagues' check on each other, so a colleague agrees
// to give it up, and a service with one admin and several moderators can still decide it). The
// requester never approves their own request, whatever their role, and the rule lives here, in
// the transaction. Switching review on stays one step (lib/settings/colleague-review.ts).

export type ColleagueReviewOffRequest = { requestedById: string; requestedByName: string; requestedAt: Date };

export async function getColleagueReviewOffRequest(tx: Tx = db): Promise<ColleagueReviewOffRequest | null> {
  const row = await tx.siteSetting.findUnique({
    where: { id: 1 },
    select: { colleagueReview: true, reviewOffRequestedById: true, reviewOffRequestedAt: true, reviewOffRequestedBy: { select: { name: true } } },
  });
  if (!row?.colleagueReview || !row.reviewOffRequestedById || !row.reviewOffRequestedAt || !row.reviewOffRequestedBy) return null;
  return { requestedById: row.reviewOffRequestedById, requestedByName: row.reviewOffRequestedBy.name, requestedAt: row.reviewOffRequestedAt };
}

// Called by setColleagueReview when an admin unticks the setting while review is in force.
export async function requestColleagueReviewOff(tx: Tx, { actorId, now }: { actorId: string; now: Date }): Promise<void> {
  const before = await getColleagueReviewOffRequest(tx);
  const data = { reviewOffRequestedById: actorId, reviewOffRequestedAt: now };
  await tx.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
  await writeAuditLog(tx, {
    moderatorId: actorId,
    action: "setting.colleague_review_off_request",
    targetType: "setting",
    targetId: "1",
    before: { colleagueReview: true, offRequestedById: before?.requestedById ?? null },
    after: { colleagueReview: true, offRequestedById: actorId },
  });
}

// What switching review on, or off in one step, writes: no request waits and review is not held.
export const clearedReviewOffRequest = { reviewOffRequestedById: null, reviewOffRequestedAt: null, colleagueReviewHeld: false } as const;

// A colleague approves the waiting request: review is switched off, in the same transaction as
// the audit row that names both people.
export async function approveColleagueReviewOff({ moderatorId }: { moderatorId: string }): Promise<{ colleagueReview: false }> {
  return db.$transaction(async (tx) => {
    const request = await getColleagueReviewOffRequest(tx);
    if (!request) throw new AppError("INVALID_STATE", "no request to switch colleague review off");
    if (request.requestedById === moderatorId) throw new AppError("OWN_DECISION", "the requester cannot approve their own request");
    const [approver, requester] = await Promise.all([
      tx.moderator.findUnique({ where: { id: moderatorId }, select: { active: true } }),
      tx.moderator.findUnique({ where: { id: request.requestedById }, select: { active: true, role: true } }),
    ]);
    if (!approver?.active) throw new AppError("FORBIDDEN", "only an active moderator approves");
    // A request outlives neither its admin's account nor their role.
    if (!requester?.active || requester.role !== "ADMIN") throw new AppError("INVALID_STATE", "the requester is no longer an active admin");
    const updated = await tx.siteSetting.updateMany({
      where: { id: 1, colleagueReview: true, reviewOffRequestedById: request.requestedById },
      data: { colleagueReview: false, ...clearedReviewOffRequest },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "the request changed meanwhile");
    await writeAuditLog(tx, {
      moderatorId,
      action: "setting.colleague_review_off_approve",
      targetType: "setting",
      targetId: "1",
      before: { colleagueReview: true, offRequestedById: request.requestedById, offRequestedAt: request.requestedAt.toISOString() },
      after: { colleagueReview: false },
    });
    return { colleagueReview: false };
  });
}

// Deactivating a moderator must never wait (an account may be compromised), but while review is
// in force it must not take review out of force either: that would let an admin deactivate
// their only colleague, publish alone, and reactivate them. So when a deactivation leaves fewer
// than two active moderators, review is held in force: decisions are prepared and wait until a
// second moderator is active again (reactivated or newly made, which is audited), or until a
// colleague approves switching it off. updateModerator calls the first function before the
// deactivation and the second after it. The active rows are locked first, so two deactivations
// at once are counted one after the other.
export async function reviewBeforeDeactivation(tx: Tx): Promise<ColleagueReviewState> {
  await tx.$queryRaw`SELECT id FROM "Moderator" WHERE active = true AND role IN ('MODERATOR', 'ADMIN') FOR UPDATE`;
  return getColleagueReview(tx);
}

export async function holdColleagueReviewIfLapsed(tx: Tx, { actorId, before }: { actorId: string; before: ColleagueReviewState }): Promise<void> {
  const activeModerators = await tx.moderator.count({ where: { active: true, ...moderatorAccountWhere } });
  if (!before.inForce || activeModerators >= COLLEAGUE_REVIEW_MINIMUM) return;
  const setting = await tx.siteSetting.findUnique({ where: { id: 1 }, select: { colleagueReviewHeld: true } });
  if (setting?.colleagueReviewHeld) return;
  await tx.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, colleagueReviewHeld: true }, update: { colleagueReviewHeld: true } });
  await writeAuditLog(tx, {
    moderatorId: actorId,
    action: "setting.colleague_review_held",
    targetType: "setting",
    targetId: "1",
    before: { colleagueReviewHeld: false, activeModerators: before.activeModerators },
    after: { colleagueReviewHeld: true, activeModerators },
  });
}

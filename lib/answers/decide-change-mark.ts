import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type PublicTx, markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { type DecisionStep, assertStatus, assertVersion, assertWritten, requiredComment, waitingStatuses } from "./answer-decision-steps";
import type { PublishOutcome } from "./decide-answer";
import { applyMarkPublication } from "./publish-answer";

// Each change mark ("Vi tittar på det", "Förändring planerad", "Förändring genomförd") is decided
// like the answer (lib/answers/decide-answer.ts), with the same colleague review. A mark that
// waits with its answer is published with the answer; one added to an answer already public is
// published on its own here. Sending back or rejecting a mark leaves its answer as it is.

export type MarkStep = DecisionStep & { markId: string };

async function loadMark(tx: Tx, markId: string) {
  const mark = await tx.changeMark.findUnique({
    where: { id: markId },
    select: { id: true, status: true, version: true, kind: true, preparedById: true, preparedAt: true, answerId: true, answer: { select: { status: true, storyId: true, story: { select: { status: true } } } } },
  });
  if (!mark) throw new AppError("NOT_FOUND", "change mark not found");
  return mark;
}

type Loaded = Awaited<ReturnType<typeof loadMark>>;

async function step(tx: Tx, mark: Loaded, data: Parameters<Tx["changeMark"]["updateMany"]>[0]["data"]) {
  assertWritten(await tx.changeMark.updateMany({ where: { id: mark.id, status: mark.status, version: mark.version }, data: { ...data, version: mark.version + 1 } }));
}

// Readers see a mark only on a public answer on a public story: it is published on its own only
// there. A mark on an answer that still waits goes with the answer's decision.
function assertPublishable(mark: Loaded): void {
  if (mark.answer.status !== "PUBLISHED" || mark.answer.story.status !== readerStoryWhere.status) {
    throw new AppError("INVALID_STATE", "a mark is published on its own only on a public answer");
  }
}

// The one publication of a mark (lib/answers/publish-answer.ts), of the version this step read.
async function publishIn(tx: PublicTx, mark: Loaded, { moderatorId, now }: { moderatorId: string; now: Date }) {
  await applyMarkPublication(tx, { markId: mark.id, now, moderatorId, version: mark.version });
}

export async function publishChangeMark({ markId, moderatorId, version, now = new Date() }: MarkStep): Promise<{ outcome: PublishOutcome }> {
  return publicContentTransaction(async (tx) => {
    const mark = await loadMark(tx, markId);
    assertStatus(mark.status, ["PENDING"]);
    assertVersion(mark.version, version);
    assertPublishable(mark);
    const audit = { moderatorId, targetType: "changeMark" as const, targetId: markId, before: { status: mark.status, answerId: mark.answerId, kind: mark.kind } };
    if ((await getColleagueReview(tx)).inForce) {
      markTouched(tx, []);
      await step(tx, mark, { status: "AWAITING_REVIEW", preparedById: moderatorId, preparedAt: now });
      await writeAuditLog(tx, { ...audit, action: "change_mark.prepare", after: { status: "AWAITING_REVIEW" } });
      return { outcome: "prepared" };
    }
    await publishIn(tx, mark, { moderatorId, now });
    await writeAuditLog(tx, { ...audit, action: "change_mark.publish", after: { status: "PUBLISHED" } });
    return { outcome: "published" };
  });
}

export async function approveChangeMark({ markId, moderatorId, version, now = new Date() }: MarkStep): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const mark = await loadMark(tx, markId);
    assertStatus(mark.status, ["AWAITING_REVIEW"]);
    assertVersion(mark.version, version);
    if (mark.preparedById === moderatorId) throw new AppError("OWN_DECISION", "the preparer cannot approve their own publication");
    assertPublishable(mark);
    await publishIn(tx, mark, { moderatorId, now });
    await writeAuditLog(tx, {
      moderatorId,
      action: "change_mark.approve",
      targetType: "changeMark",
      targetId: markId,
      before: { status: mark.status, answerId: mark.answerId, preparedById: mark.preparedById, preparedAt: mark.preparedAt?.toISOString() ?? null },
      after: { status: "PUBLISHED" },
    });
  });
}

export async function returnPreparedChangeMark({ markId, moderatorId, version, comment }: MarkStep & { comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await db.$transaction(async (tx) => {
    const mark = await loadMark(tx, markId);
    assertStatus(mark.status, ["AWAITING_REVIEW"]);
    assertVersion(mark.version, version);
    await step(tx, mark, { status: "PENDING", preparedById: null, preparedAt: null });
    await writeAuditLog(tx, { moderatorId, action: "change_mark.return_prepared", targetType: "changeMark", targetId: markId, reason, before: { status: mark.status, answerId: mark.answerId, preparedById: mark.preparedById }, after: { status: "PENDING" } });
  });
}

// Sent back to the organisation (RETURNED) or rejected (REJECTED), with the comment it reads on the
// mark. Never public, so no reader's page changes.
async function decideAgainst(kind: "RETURNED" | "REJECTED", { markId, moderatorId, version, comment, now = new Date() }: MarkStep & { comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await db.$transaction(async (tx) => {
    const mark = await loadMark(tx, markId);
    assertStatus(mark.status, waitingStatuses);
    assertVersion(mark.version, version);
    await step(tx, mark, { status: kind, moderatorComment: reason, decidedById: moderatorId, decidedAt: now, preparedById: null, preparedAt: null });
    await writeAuditLog(tx, {
      moderatorId,
      action: kind === "RETURNED" ? "change_mark.return" : "change_mark.reject",
      targetType: "changeMark",
      targetId: markId,
      reason,
      before: { status: mark.status, answerId: mark.answerId },
      after: { status: kind },
    });
  });
}

export const returnChangeMark = (options: MarkStep & { comment: string }) => decideAgainst("RETURNED", options);
export const rejectChangeMark = (options: MarkStep & { comment: string }) => decideAgainst("REJECTED", options);

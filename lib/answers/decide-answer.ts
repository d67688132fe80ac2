import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { type Tx, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { type DecisionStep, assertStatus, assertVersion, assertWritten, requiredComment, waitingStatuses } from "./answer-decision-steps";
import { applyAnswerPublication } from "./publish-answer";

// A moderator's decisions on an organisation's answer, the way stories and replies are decided:
// publish; with colleague review in force (lib/settings/colleague-review.ts) prepare, and a
// colleague who is not the preparer approves or sends it back to the preparer; send back to the
// organisation with a comment it reads on its answer; or reject with a reason. Only publication
// needs a colleague: it is the one step readers see. Every step checks the version the page
// showed, raises it, and writes its audit row in its transaction. Marks waiting with the answer
// are published with it (applyAnswerPublication) and rejected with it.

export type AnswerStep = DecisionStep & { answerId: string };

async function loadAnswer(tx: Tx, answerId: string) {
  const answer = await tx.answer.findUnique({
    where: { id: answerId },
    select: { id: true, status: true, version: true, storyId: true, preparedById: true, preparedAt: true },
  });
  if (!answer) throw new AppError("NOT_FOUND", "answer not found");
  return answer;
}

type Loaded = Awaited<ReturnType<typeof loadAnswer>>;

// Moves the answer on from exactly the status and version read, raising the version.
async function step(tx: Tx, answer: Loaded, data: Parameters<Tx["answer"]["updateMany"]>[0]["data"]) {
  assertWritten(await tx.answer.updateMany({ where: { id: answer.id, status: answer.status, version: answer.version }, data: { ...data, version: answer.version + 1 } }));
}

export type PublishOutcome = "published" | "prepared";

// The one entry for "publish": in one step while colleague review is not in force, prepared for a
// colleague while it is. Decided inside the transaction, so a setting switched on meanwhile holds.
export async function publishAnswer({ answerId, moderatorId, version, now = new Date() }: AnswerStep): Promise<{ outcome: PublishOutcome }> {
  return publicContentTransaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    assertStatus(answer.status, ["PENDING"]);
    assertVersion(answer.version, version);
    if ((await getColleagueReview(tx)).inForce) {
      // Prepared is not public: nothing a reader sees changes until a colleague approves.
      markTouched(tx, []);
      await step(tx, answer, { status: "AWAITING_REVIEW", preparedById: moderatorId, preparedAt: now });
      await writeAuditLog(tx, { moderatorId, action: "answer.prepare", targetType: "answer", targetId: answerId, before: { status: answer.status }, after: { status: "AWAITING_REVIEW" } });
      return { outcome: "prepared" };
    }
    await step(tx, answer, { preparedById: null, preparedAt: null });
    const { markIds } = await applyAnswerPublication(tx, { answerId, now, moderatorId });
    await writeAuditLog(tx, { moderatorId, action: "answer.publish", targetType: "answer", targetId: answerId, before: { status: answer.status }, after: { status: "PUBLISHED", markIds } });
    return { outcome: "published" };
  });
}

// AWAITING_REVIEW → PUBLISHED, by anyone but the preparer (an admin neither), whatever the setting
// is now: a prepared publication is always a colleague's to approve.
export async function approveAnswer({ answerId, moderatorId, version, now = new Date() }: AnswerStep): Promise<void> {
  await publicContentTransaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    assertStatus(answer.status, ["AWAITING_REVIEW"]);
    assertVersion(answer.version, version);
    if (answer.preparedById === moderatorId) throw new AppError("OWN_DECISION", "the preparer cannot approve their own publication");
    await step(tx, answer, {});
    const { markIds } = await applyAnswerPublication(tx, { answerId, now, moderatorId });
    await writeAuditLog(tx, {
      moderatorId,
      action: "answer.approve",
      targetType: "answer",
      targetId: answerId,
      before: { status: answer.status, preparedById: answer.preparedById, preparedAt: answer.preparedAt?.toISOString() ?? null },
      after: { status: "PUBLISHED", markIds },
    });
  });
}

// AWAITING_REVIEW → PENDING: the colleague (or the preparer, taking it back) sends the prepared
// publication back to the moderators with a comment, kept in the audit log the page shows.
export async function returnPreparedAnswer({ answerId, moderatorId, version, comment }: AnswerStep & { comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await db.$transaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    assertStatus(answer.status, ["AWAITING_REVIEW"]);
    assertVersion(answer.version, version);
    await step(tx, answer, { status: "PENDING", preparedById: null, preparedAt: null });
    await writeAuditLog(tx, { moderatorId, action: "answer.return_prepared", targetType: "answer", targetId: answerId, reason, before: { status: answer.status, preparedById: answer.preparedById }, after: { status: "PENDING" } });
  });
}

// A waiting answer → RETURNED: the organisation reads the comment on its answer
// (Answer.moderatorComment), changes it and sends it again. Its waiting marks wait on.
export async function returnAnswer({ answerId, moderatorId, version, comment, now = new Date() }: AnswerStep & { comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await db.$transaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    assertStatus(answer.status, waitingStatuses);
    assertVersion(answer.version, version);
    await step(tx, answer, { status: "RETURNED", moderatorComment: reason, decidedById: moderatorId, decidedAt: now, preparedById: null, preparedAt: null });
    await writeAuditLog(tx, { moderatorId, action: "answer.return", targetType: "answer", targetId: answerId, reason, before: { status: answer.status }, after: { status: "RETURNED" } });
  });
}

// A waiting answer → REJECTED with its reason, and the marks waiting with it. Never public, so no
// reader's page changes.
export async function rejectAnswer({ answerId, moderatorId, version, comment, now = new Date() }: AnswerStep & { comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await db.$transaction(async (tx) => {
    const answer = await loadAnswer(tx, answerId);
    assertStatus(answer.status, waitingStatuses);
    assertVersion(answer.version, version);
    const decided = { moderatorComment: reason, decidedById: moderatorId, decidedAt: now, preparedById: null, preparedAt: null };
    await step(tx, answer, { status: "REJECTED", ...decided });
    const marks = await tx.changeMark.findMany({ where: { answerId, status: { in: [...waitingStatuses] } }, select: { id: true } });
    await tx.changeMark.updateMany({ where: { id: { in: marks.map(({ id }) => id) } }, data: { status: "REJECTED", ...decided, version: { increment: 1 } } });
    await writeAuditLog(tx, {
      moderatorId,
      action: "answer.reject",
      targetType: "answer",
      targetId: answerId,
      reason,
      before: { status: answer.status },
      after: { status: "REJECTED", markIds: marks.map(({ id }) => id) },
    });
  });
}

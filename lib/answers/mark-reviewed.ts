import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type DecisionStep, assertVersion, assertWritten } from "./answer-decision-steps";

// On the fast track an answer (and its marks) is public at once and a moderator reviews it
// afterwards: "granskad" records that the moderator read it and let it stand. Readers see no
// difference, so it changes no public page. Taking it down instead is lib/answers/take-down.ts.

export async function markAnswerReviewed({ answerId, moderatorId, version, now = new Date() }: DecisionStep & { answerId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const answer = await tx.answer.findUnique({ where: { id: answerId }, select: { status: true, version: true, reviewedAt: true } });
    if (!answer) throw new AppError("NOT_FOUND", "answer not found");
    if (answer.status !== "PUBLISHED" || answer.reviewedAt) throw new AppError("INVALID_STATE", "only a published answer not yet reviewed");
    assertVersion(answer.version, version);
    assertWritten(await tx.answer.updateMany({ where: { id: answerId, version, reviewedAt: null }, data: { reviewedAt: now, version: version + 1 } }));
    await writeAuditLog(tx, { moderatorId, action: "answer.review", targetType: "answer", targetId: answerId, before: { reviewedAt: null }, after: { reviewedAt: now.toISOString() } });
  });
}

export async function markChangeMarkReviewed({ markId, moderatorId, version, now = new Date() }: DecisionStep & { markId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const mark = await tx.changeMark.findUnique({ where: { id: markId }, select: { status: true, version: true, reviewedAt: true, answerId: true } });
    if (!mark) throw new AppError("NOT_FOUND", "change mark not found");
    if (mark.status !== "PUBLISHED" || mark.reviewedAt) throw new AppError("INVALID_STATE", "only a published mark not yet reviewed");
    assertVersion(mark.version, version);
    assertWritten(await tx.changeMark.updateMany({ where: { id: markId, version, reviewedAt: null }, data: { reviewedAt: now, version: version + 1 } }));
    await writeAuditLog(tx, { moderatorId, action: "change_mark.review", targetType: "changeMark", targetId: markId, before: { reviewedAt: null, answerId: mark.answerId }, after: { reviewedAt: now.toISOString() } });
  });
}

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { type DecisionStep, assertStatus, assertVersion, assertWritten, requiredComment } from "./answer-decision-steps";

// Taking down what readers see: a published answer (its marks go with it, being public only on a
// public answer) or one published mark. One step, whatever colleague review says: removing is
// never held back. Taking down an answer ends its organisation's fast track in the same
// transaction, so the next answer waits for a moderator again; an admin may switch it on anew
// only while no answer is taken down (lib/organisations/set-fast-track.ts).

export async function takeDownAnswer({ answerId, moderatorId, version, comment, now = new Date() }: DecisionStep & { answerId: string; comment: string }): Promise<{ fastTrackEnded: boolean }> {
  const reason = requiredComment(comment);
  return publicContentTransaction(async (tx) => {
    const answer = await tx.answer.findUnique({
      where: { id: answerId },
      select: { status: true, version: true, storyId: true, reviewedAt: true, organisationId: true, organisation: { select: { fastTrack: true } } },
    });
    if (!answer) throw new AppError("NOT_FOUND", "answer not found");
    assertStatus(answer.status, ["PUBLISHED"]);
    assertVersion(answer.version, version);
    assertWritten(
      await tx.answer.updateMany({
        where: { id: answerId, status: "PUBLISHED", version },
        data: { status: "TAKEN_DOWN", takenDownAt: now, moderatorComment: reason, decidedById: moderatorId, decidedAt: now, reviewedAt: answer.reviewedAt ?? now, version: version + 1 },
      }),
    );
    markTouched(tx, await loadStoryKeys(tx, answer.storyId));
    await writeAuditLog(tx, { moderatorId, action: "answer.take_down", targetType: "answer", targetId: answerId, reason, before: { status: "PUBLISHED" }, after: { status: "TAKEN_DOWN" } });
    const ended = await tx.organisation.updateMany({ where: { id: answer.organisationId, fastTrack: true }, data: { fastTrack: false } });
    if (ended.count === 1) {
      await writeAuditLog(tx, {
        moderatorId,
        action: "organisation.fast_track_end",
        targetType: "organisation",
        targetId: answer.organisationId,
        reason,
        before: { fastTrack: true },
        after: { fastTrack: false, answerId },
      });
    }
    return { fastTrackEnded: ended.count === 1 };
  });
}

export async function takeDownChangeMark({ markId, moderatorId, version, comment, now = new Date() }: DecisionStep & { markId: string; comment: string }): Promise<void> {
  const reason = requiredComment(comment);
  await publicContentTransaction(async (tx) => {
    const mark = await tx.changeMark.findUnique({
      where: { id: markId },
      select: { status: true, version: true, reviewedAt: true, answerId: true, answer: { select: { status: true, storyId: true } } },
    });
    if (!mark) throw new AppError("NOT_FOUND", "change mark not found");
    assertStatus(mark.status, ["PUBLISHED"]);
    assertVersion(mark.version, version);
    assertWritten(
      await tx.changeMark.updateMany({
        where: { id: markId, status: "PUBLISHED", version },
        data: { status: "TAKEN_DOWN", takenDownAt: now, moderatorComment: reason, decidedById: moderatorId, decidedAt: now, reviewedAt: mark.reviewedAt ?? now, version: version + 1 },
      }),
    );
    // Public only on a public answer: a mark of an answer taken down is already out of sight.
    markTouched(tx, mark.answer.status === "PUBLISHED" ? await loadStoryKeys(tx, mark.answer.storyId) : []);
    await writeAuditLog(tx, { moderatorId, action: "change_mark.take_down", targetType: "changeMark", targetId: markId, reason, before: { status: "PUBLISHED", answerId: mark.answerId }, after: { status: "TAKEN_DOWN" } });
  });
}

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { answerableStoryWhere, loadAnsweringOrganisation } from "./answering-organisation";
import { assertMarkDay, markDay } from "./mark-dates";
import { applyMarkPublication } from "./publish-answer";
import type { ChangeMarkFields } from "./schemas";

export type EditChangeMarkOptions = ChangeMarkFields & {
  organisationId: string;
  responderId: string;
  markId: string;
  version: number;
  now?: Date;
};

// Like the answer's text: a mark changes while it waits, or after a moderator sent it back, and
// then waits again as a new version (public at once on the fast track, on a public answer).
const editable = ["PENDING", "RETURNED"] as const;

export async function editChangeMark(options: EditChangeMarkOptions): Promise<{ status: "PENDING" | "PUBLISHED"; version: number }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    const organisation = await loadAnsweringOrganisation(tx, options.organisationId);
    const mark = await tx.changeMark.findFirst({
      where: { id: options.markId, answer: { organisationId: organisation.id, story: answerableStoryWhere(organisation) } },
      select: { id: true, status: true, version: true, answerId: true, answer: { select: { status: true, storyId: true, story: { select: { publishedAt: true } } } } },
    });
    if (!mark) throw new AppError("NOT_FOUND", "change mark not found for this organisation");
    if (!(editable as readonly string[]).includes(mark.status)) throw new AppError("INVALID_STATE", `change mark in ${mark.status} cannot be edited`);
    if (mark.version !== options.version) throw new AppError("STALE_VERSION", "change mark changed since the form was loaded");
    assertMarkDay(options.markedOn, { storyPublishedAt: mark.answer.story.publishedAt, now });

    const updated = await tx.changeMark.updateMany({
      where: { id: mark.id, status: mark.status, version: options.version },
      data: { kind: options.kind, description: options.description, markedOn: markDay(options.markedOn), status: "PENDING", version: { increment: 1 }, preparedById: null, preparedAt: null },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION", "change mark changed meanwhile");
    const version = options.version + 1;

    const publishNow = organisation.fastTrack && mark.answer.status === "PUBLISHED";
    if (publishNow) await applyMarkPublication(tx, { markId: mark.id, now, moderatorId: null, version });
    else markTouched(tx, []);
    const status = publishNow ? "PUBLISHED" : "PENDING";

    await writeAuditLog(tx, {
      moderatorId: options.responderId,
      action: mark.status === "RETURNED" ? "change_mark.resubmit" : "change_mark.edit",
      targetType: "changeMark",
      targetId: mark.id,
      before: { status: mark.status, version: mark.version },
      after: { status, version, answerId: mark.answerId, storyId: mark.answer.storyId, kind: options.kind, markedOn: options.markedOn },
    });
    return { status, version };
  });
}

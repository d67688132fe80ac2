import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { answerableStoryWhere, loadAnsweringOrganisation } from "./answering-organisation";
import { assertMarkDay, markDay } from "./mark-dates";
import { applyMarkPublication } from "./publish-answer";
import type { ChangeMarkFields } from "./schemas";

export type AddChangeMarkOptions = ChangeMarkFields & {
  organisationId: string;
  responderId: string;
  answerId: string;
  now?: Date;
};

// An answer that can no longer be public takes no new marks.
const closed = ["REJECTED", "TAKEN_DOWN"] as const;

// A later step on the organisation's own answer: looked into, change planned, change made. It is
// moderated like the answer. On the fast track a mark on a public answer is public at once; a
// mark on an answer still waiting is published together with it.
export async function addChangeMark(options: AddChangeMarkOptions): Promise<{ markId: string; status: "PENDING" | "PUBLISHED" }> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    const organisation = await loadAnsweringOrganisation(tx, options.organisationId);
    const answer = await tx.answer.findFirst({
      where: { id: options.answerId, organisationId: organisation.id, story: answerableStoryWhere(organisation) },
      select: { id: true, status: true, storyId: true, story: { select: { publishedAt: true } } },
    });
    if (!answer) throw new AppError("NOT_FOUND", "answer not found for this organisation");
    if ((closed as readonly string[]).includes(answer.status)) throw new AppError("INVALID_STATE", `answer in ${answer.status} takes no marks`);
    assertMarkDay(options.markedOn, { storyPublishedAt: answer.story.publishedAt, now });

    const mark = await tx.changeMark.create({
      data: { answerId: answer.id, kind: options.kind, description: options.description, markedOn: markDay(options.markedOn), createdAt: now },
      select: { id: true },
    });
    const publishNow = organisation.fastTrack && answer.status === "PUBLISHED";
    if (publishNow) await applyMarkPublication(tx, { markId: mark.id, now, moderatorId: null });
    else markTouched(tx, []);
    const status = publishNow ? "PUBLISHED" : "PENDING";

    await writeAuditLog(tx, {
      moderatorId: options.responderId,
      action: "change_mark.add",
      targetType: "changeMark",
      targetId: mark.id,
      after: { answerId: answer.id, storyId: answer.storyId, kind: options.kind, markedOn: options.markedOn, status, fastTrack: organisation.fastTrack },
    });
    return { markId: mark.id, status };
  });
}

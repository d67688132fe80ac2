import { Prisma } from "@/generated/prisma/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { type PublicTx, markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { answerableStoryWhere, loadAnsweringOrganisation } from "./answering-organisation";
import { assertMarkDay, markDay } from "./mark-dates";
import { applyAnswerPublication } from "./publish-answer";
import type { ChangeMarkFields } from "./schemas";

export type SubmitAnswerOptions = {
  organisationId: string;
  responderId: string;
  storyId: string;
  body: string;
  mark: ChangeMarkFields | null;
  now?: Date;
};

export type SubmittedAnswer = { answerId: string; status: "PENDING" | "PUBLISHED" };

// An organisation's one answer to a story, with an optional first change mark. It waits for the
// moderators, unless the organisation is on the fast track: then it is public at once and the
// moderators review it afterwards. The story must be published and in one of the organisation's
// municipalities, read here on the server whatever the form sent. A second answer from the same
// organisation is refused: it edits the one it has.
export async function submitAnswer(options: SubmitAnswerOptions): Promise<SubmittedAnswer> {
  const now = options.now ?? new Date();
  return publicContentTransaction(async (tx) => {
    const organisation = await loadAnsweringOrganisation(tx, options.organisationId);
    const story = await tx.story.findFirst({
      where: answerableStoryWhere(organisation, options.storyId),
      select: { id: true, publishedAt: true },
    });
    if (!story) throw new AppError("NOT_FOUND", "story not answerable by this organisation");
    if (options.mark) assertMarkDay(options.mark.markedOn, { storyPublishedAt: story.publishedAt, now });

    const existing = await tx.answer.findUnique({
      where: { storyId_organisationId: { storyId: story.id, organisationId: organisation.id } },
      select: { id: true },
    });
    if (existing) throw new AppError("CONFLICT", "organisation has already answered this story");

    const answer = await createAnswer(tx, { storyId: story.id, organisationId: organisation.id, responderId: options.responderId, body: options.body, now });
    const mark = options.mark
      ? await tx.changeMark.create({
          data: { answerId: answer.id, kind: options.mark.kind, description: options.mark.description, markedOn: markDay(options.mark.markedOn), createdAt: now },
          select: { id: true },
        })
      : null;

    const status = organisation.fastTrack ? "PUBLISHED" : "PENDING";
    if (organisation.fastTrack) await applyAnswerPublication(tx, { answerId: answer.id, now, moderatorId: null });
    // A waiting answer is seen by no reader: nothing public changed.
    else markTouched(tx, []);

    // The text is the organisation's, and stays on the answer: the log says what happened.
    await writeAuditLog(tx, {
      moderatorId: options.responderId,
      action: "answer.submit",
      targetType: "answer",
      targetId: answer.id,
      after: { storyId: story.id, organisationId: organisation.id, status, version: 1, fastTrack: organisation.fastTrack, markId: mark?.id ?? null },
    });
    if (mark) {
      await writeAuditLog(tx, {
        moderatorId: options.responderId,
        action: "change_mark.add",
        targetType: "changeMark",
        targetId: mark.id,
        after: { answerId: answer.id, storyId: story.id, kind: options.mark!.kind, markedOn: options.mark!.markedOn, status },
      });
    }
    return { answerId: answer.id, status };
  });
}

async function createAnswer(tx: PublicTx, data: { storyId: string; organisationId: string; responderId: string; body: string; now: Date }) {
  try {
    return await tx.answer.create({
      data: { storyId: data.storyId, organisationId: data.organisationId, writtenById: data.responderId, body: data.body, createdAt: data.now, submittedAt: data.now },
      select: { id: true },
    });
  } catch (error) {
    // Two colleagues sending at once: the second finds the first's answer.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new AppError("CONFLICT", "organisation has already answered this story");
    throw error;
  }
}

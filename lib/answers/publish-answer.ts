import type { Prisma } from "@/generated/prisma/client";
import { loadStoryKeys } from "@/lib/cache/content-keys";
import { type PublicTx, markTouched } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { awaitingModerationStatuses } from "./answer-visibility";

export type AnswerPublication = {
  answerId: string;
  now: Date;
  // The moderator who decided, or null on the fast track: the answer is public at once and the
  // moderators review it afterwards (reviewedAt stays null until they do).
  moderatorId: string | null;
  // The version the moderator's page showed; a resubmission meanwhile finds no row.
  version?: number;
};

export type PublishedAnswer = { storyId: string; organisationId: string; markIds: string[] };

function decision(now: Date, moderatorId: string | null) {
  return moderatorId
    ? { decidedAt: now, decidedById: moderatorId, reviewedAt: now }
    : { decidedAt: null, decidedById: null, reviewedAt: null };
}

// Makes a waiting answer public, with the change marks that wait with it, and names the story's
// content keys so its page and lists are rebuilt. Shared by the fast track (no moderator) and a
// moderator's decision. Audit rows are the caller's: the caller knows why it published.
export async function applyAnswerPublication(tx: PublicTx, publication: AnswerPublication): Promise<PublishedAnswer> {
  const { answerId, now, moderatorId } = publication;
  const answer = await tx.answer.findUnique({
    where: { id: answerId },
    select: { storyId: true, organisationId: true, story: { select: { status: true } } },
  });
  if (!answer) throw new AppError("NOT_FOUND", "answer not found");
  // An answer is public only beside a public story: a story withdrawn meanwhile takes no answer.
  if (answer.story.status !== readerStoryWhere.status) throw new AppError("INVALID_STATE", "story is not published");

  const guard = {
    id: answerId,
    status: { in: [...awaitingModerationStatuses] },
    ...(publication.version === undefined ? {} : { version: publication.version }),
  } satisfies Prisma.AnswerWhereInput;
  const updated = await tx.answer.updateMany({
    where: guard,
    data: { status: "PUBLISHED", publishedAt: now, moderatorComment: null, ...decision(now, moderatorId) },
  });
  if (updated.count !== 1) throw new AppError("INVALID_STATE", "answer was decided or changed meanwhile");

  const marks = await tx.changeMark.findMany({
    where: { answerId, status: { in: [...awaitingModerationStatuses] } },
    select: { id: true },
  });
  if (marks.length > 0) {
    await tx.changeMark.updateMany({
      where: { id: { in: marks.map(({ id }) => id) } },
      data: { status: "PUBLISHED", publishedAt: now, moderatorComment: null, ...decision(now, moderatorId) },
    });
  }
  markTouched(tx, await loadStoryKeys(tx, answer.storyId));
  return { storyId: answer.storyId, organisationId: answer.organisationId, markIds: marks.map(({ id }) => id) };
}

export type MarkPublication = { markId: string; now: Date; moderatorId: string | null; version?: number };

// Makes one waiting change mark public on an answer that is already public (a mark added later).
// A mark on an answer still waiting is published with the answer instead.
export async function applyMarkPublication(tx: PublicTx, publication: MarkPublication): Promise<{ storyId: string; answerId: string }> {
  const { markId, now, moderatorId } = publication;
  const mark = await tx.changeMark.findUnique({
    where: { id: markId },
    select: { answerId: true, answer: { select: { status: true, storyId: true, story: { select: { status: true } } } } },
  });
  if (!mark) throw new AppError("NOT_FOUND", "change mark not found");
  if (mark.answer.status !== "PUBLISHED" || mark.answer.story.status !== readerStoryWhere.status) {
    throw new AppError("INVALID_STATE", "a mark is published only on a public answer");
  }
  const updated = await tx.changeMark.updateMany({
    where: {
      id: markId,
      status: { in: [...awaitingModerationStatuses] },
      ...(publication.version === undefined ? {} : { version: publication.version }),
    },
    data: { status: "PUBLISHED", publishedAt: now, moderatorComment: null, ...decision(now, moderatorId) },
  });
  if (updated.count !== 1) throw new AppError("INVALID_STATE", "change mark was decided or changed meanwhile");
  markTouched(tx, await loadStoryKeys(tx, mark.answer.storyId));
  return { storyId: mark.answer.storyId, answerId: mark.answerId };
}

import type { AnswerStatus, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { readerStoryWhere } from "@/lib/stories/visibility";
import { waitingStatuses } from "./answer-decision-steps";

// What of the organisations' answers waits for a moderator, as one queue item per answer: the
// answer itself (new, or prepared and waiting for a colleague), its change marks, and on the fast
// track what was published at once and is still to be reviewed afterwards. Marks waiting on an
// answer that waits are decided with it; marks of an answer sent back or rejected wait for the
// organisation, not for a moderator. Only answers to published stories: no other can be made
// public.

export type AnswerQueueView = "all" | "awaitingColleague";

const unreviewed = { status: "PUBLISHED", reviewedAt: null } satisfies Prisma.ChangeMarkWhereInput;
const markWaits = { OR: [{ status: { in: [...waitingStatuses] } }, unreviewed] } satisfies Prisma.ChangeMarkWhereInput;

// The queue's theme and municipality filters narrow answers by their story.
export type AnswerQueueFilter = { view?: AnswerQueueView; tagSlug?: string; municipalityCode?: string };

export function answerQueueWhere({ view = "all", tagSlug, municipalityCode }: AnswerQueueFilter = {}): Prisma.AnswerWhereInput {
  const story: Prisma.StoryWhereInput = {
    ...readerStoryWhere,
    ...(tagSlug ? { tags: { some: { tag: { slug: tagSlug } } } } : {}),
    ...(municipalityCode ? { municipalityCode } : {}),
  };
  if (view === "awaitingColleague") {
    return { story, OR: [{ status: "AWAITING_REVIEW" }, { status: "PUBLISHED", marks: { some: { status: "AWAITING_REVIEW" } } }] };
  }
  return {
    story,
    OR: [{ status: { in: [...waitingStatuses] } }, { status: "PUBLISHED", reviewedAt: null }, { status: "PUBLISHED", marks: { some: markWaits } }],
  };
}

export type QueuedAnswerState = "waiting" | "awaitingColleague" | "publishedUnreviewed" | null;

export type QueuedAnswer = {
  answerId: string;
  storyTitle: string;
  organisationName: string;
  // When the oldest thing in it began to wait: the queue's order and the age shown.
  since: Date;
  // The answer's own state in the queue, or null when only its marks wait.
  answer: QueuedAnswerState;
  marks: { waiting: number; awaitingColleague: number; publishedUnreviewed: number };
  // Waiting for a colleague: who prepared it.
  preparedBy: string | null;
};

function stateOf(status: AnswerStatus, reviewedAt: Date | null): QueuedAnswerState {
  if (status === "AWAITING_REVIEW") return "awaitingColleague";
  if (status === "PENDING") return "waiting";
  if (status === "PUBLISHED" && reviewedAt === null) return "publishedUnreviewed";
  return null;
}

export async function listAnswerQueue({ limit = 200, ...filter }: AnswerQueueFilter & { limit?: number } = {}): Promise<QueuedAnswer[]> {
  const rows = await db.answer.findMany({
    where: answerQueueWhere(filter),
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      status: true,
      reviewedAt: true,
      submittedAt: true,
      publishedAt: true,
      preparedBy: { select: { name: true } },
      story: { select: { title: true } },
      organisation: { select: { name: true } },
      marks: { where: filter.view === "awaitingColleague" ? { status: "AWAITING_REVIEW" } : markWaits, select: { status: true, createdAt: true, publishedAt: true, preparedBy: { select: { name: true } } } },
    },
  });
  const items = rows.map((row): QueuedAnswer => {
    const answer = stateOf(row.status, row.reviewedAt);
    const times = [
      ...(answer === "publishedUnreviewed" ? [row.publishedAt ?? row.submittedAt] : answer ? [row.submittedAt] : []),
      ...row.marks.map((mark) => (mark.status === "PUBLISHED" ? (mark.publishedAt ?? mark.createdAt) : mark.createdAt)),
    ];
    const preparedMark = row.marks.find((mark) => mark.status === "AWAITING_REVIEW");
    return {
      answerId: row.id,
      storyTitle: row.story.title,
      organisationName: row.organisation.name,
      since: new Date(Math.min(...times.map((time) => time.getTime()))),
      answer,
      marks: {
        waiting: row.marks.filter((mark) => mark.status === "PENDING").length,
        awaitingColleague: row.marks.filter((mark) => mark.status === "AWAITING_REVIEW").length,
        publishedUnreviewed: row.marks.filter((mark) => mark.status === "PUBLISHED").length,
      },
      preparedBy: row.preparedBy?.name ?? preparedMark?.preparedBy?.name ?? null,
    };
  });
  // The oldest waiting first, so nothing is left lying at the bottom.
  return items.sort((a, b) => a.since.getTime() - b.since.getTime() || a.answerId.localeCompare(b.answerId));
}

export function countAnswerQueue(): Promise<number> {
  return db.answer.count({ where: answerQueueWhere() });
}

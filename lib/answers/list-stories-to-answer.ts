import type { AnswerStatus, Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countPublicStories } from "@/lib/stories/count-public-stories";
import { type PublicStory, toPublicStory } from "@/lib/stories/to-public-story";
import { readerStorySelect } from "@/lib/stories/visibility";
import { type AnsweringOrganisation, answerableStoryWhere } from "./answering-organisation";

export const storiesToAnswerPageSize = 20;

export type OwnAnswerSummary = { status: AnswerStatus; moderatorComment: string | null; awaitingReviewAfter: boolean; markCount: number };
export type StoryToAnswer = PublicStory & { answer: OwnAnswerSummary | null };
export type StoriesToAnswerPage = { items: StoryToAnswer[]; page: number; totalPages: number; total: number; unanswered: number };

const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.StoryOrderByWithRelationInput[];

// The published stories in the organisation's municipalities, those it has not answered first,
// then those it has; each group oldest first, so the story that has waited longest comes first.
// The page is split across the two groups by their counts: each group is one ordered range of
// the (status, municipalityCode, publishedAt, id) index, bounded by the answer's
// (storyId, organisationId) key, and only the page's ids are read while skipping.
export async function listStoriesToAnswer(options: {
  organisation: Pick<AnsweringOrganisation, "id" | "municipalityCodes">;
  page: number;
  pageSize?: number;
}): Promise<StoriesToAnswerPage> {
  const { organisation } = options;
  const pageSize = options.pageSize ?? storiesToAnswerPageSize;
  const answerable = answerableStoryWhere(organisation);
  const unansweredWhere = { ...answerable, answers: { none: { organisationId: organisation.id } } } satisfies Prisma.StoryWhereInput;
  const answeredWhere = { ...answerable, answers: { some: { organisationId: organisation.id } } } satisfies Prisma.StoryWhereInput;

  // The published stories per municipality are kept by database triggers: no count(*) of them.
  const [perMunicipality, answered] = await Promise.all([
    Promise.all([...new Set(organisation.municipalityCodes)].map((municipalityCode) => countPublicStories({ municipalityCode }))),
    db.answer.count({ where: { organisationId: organisation.id, story: answerable } }),
  ]);
  const total = perMunicipality.reduce((sum, count) => sum + count, 0);
  const unanswered = total - answered;
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page), totalPages);
  const offset = (page - 1) * pageSize;

  const first = offset < unanswered ? await idsOf(unansweredWhere, offset, pageSize) : [];
  const rest = pageSize - first.length;
  const second = rest > 0 && answered > 0 ? await idsOf(answeredWhere, Math.max(0, offset - unanswered), rest) : [];
  const ids = [...first, ...second];

  const [rows, ownAnswers] = ids.length === 0
    ? [[], []]
    : await Promise.all([
        db.story.findMany({ where: { id: { in: ids } }, select: readerStorySelect }),
        // The organisation's own answers in whatever state, apart from the public `answers`.
        db.answer.findMany({
          where: { storyId: { in: ids }, organisationId: organisation.id },
          select: { storyId: true, status: true, moderatorComment: true, reviewedAt: true, _count: { select: { marks: true } } },
        }),
      ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ownByStory = new Map(ownAnswers.map((answer) => [answer.storyId, answer]));
  const items = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const own = ownByStory.get(id);
    return [
      {
        ...toPublicStory(row),
        answer: own
          ? { status: own.status, moderatorComment: own.moderatorComment, awaitingReviewAfter: own.status === "PUBLISHED" && own.reviewedAt === null, markCount: own._count.marks }
          : null,
      },
    ];
  });
  return { items, page, totalPages, total, unanswered };
}

async function idsOf(where: Prisma.StoryWhereInput, skip: number, take: number): Promise<string[]> {
  const rows = await db.story.findMany({ where, select: { id: true }, orderBy: oldestFirst, skip, take });
  return rows.map(({ id }) => id);
}

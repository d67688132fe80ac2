import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { decodeStoryCursor, encodeStoryCursor } from "./story-cursor";
import { readerStorySelect } from "./visibility";

type Row = Prisma.StoryGetPayload<{ select: typeof readerStorySelect }>;
export type KeysetResult = { rows: Row[]; page: number; hasPrevious: boolean; hasNext: boolean };
type StoryCursor = { publishedAt: Date; id: string };

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.StoryOrderByWithRelationInput[];
const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.StoryOrderByWithRelationInput[];

// (publishedAt, id) < cursor, written so the (status, publishedAt, id) index bounds the scan.
const olderThan = (c: StoryCursor): Prisma.StoryWhereInput => ({
  publishedAt: { lte: c.publishedAt },
  OR: [{ publishedAt: { lt: c.publishedAt } }, { id: { lt: c.id } }],
});
const newerThan = (c: StoryCursor): Prisma.StoryWhereInput => ({
  publishedAt: { gte: c.publishedAt },
  OR: [{ publishedAt: { gt: c.publishedAt } }, { id: { gt: c.id } }],
});

// The cursor names a story; its place in the order is read here, by primary key. A story
// withdrawn since keeps its place, so a reader's "Nästa" still leads on; only a story erased
// since (or one never published) leaves the cursor unusable, and the page is counted by number.
// The place is never shown: the cursor only decides which published stories come next.
async function resolveCursor(value: string | undefined): Promise<StoryCursor | undefined> {
  const cursor = decodeStoryCursor(value);
  if (!cursor) return undefined;
  const story = await db.story.findUnique({ where: { id: cursor.id }, select: { publishedAt: true } });
  return story?.publishedAt ? { id: cursor.id, publishedAt: story.publishedAt } : undefined;
}

// Skipping rows reads ids only (the index holds them), then fetches the page's rows by id.
async function skipThenFetch(where: Prisma.StoryWhereInput, order: Prisma.StoryOrderByWithRelationInput[], skip: number, take: number) {
  if (skip === 0) return db.story.findMany({ where, select: readerStorySelect, orderBy: order, take });
  const ids = (await db.story.findMany({ where, select: { id: true }, orderBy: order, skip, take })).map((r) => r.id);
  const rows = await db.story.findMany({ where: { ...where, id: { in: ids } }, select: readerStorySelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

// One page of the reader's list, newest first. With a cursor (the links a reader follows) the
// database seeks straight to it, so page 5,000 costs what page 2 costs, and stories published
// meanwhile never make a story repeat or vanish. Without one (page 1, the last page, or a
// typed page number) it counts from whichever end is nearer, using the trigger-kept total.
export async function readKeysetPage(options: {
  where: Prisma.StoryWhereInput;
  total: number;
  page: number;
  pageSize: number;
  after?: string;
  before?: string;
}): Promise<KeysetResult> {
  const { where, total, pageSize } = options;
  const totalPages = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, options.page), totalPages);
  const after = await resolveCursor(options.after);
  const before = after ? undefined : await resolveCursor(options.before);
  if (after) {
    const rows = await db.story.findMany({
      where: { AND: [where, olderThan(after)] }, select: readerStorySelect, orderBy: newestFirst, take: pageSize + 1,
    });
    const hasNext = rows.length > pageSize;
    return { rows: rows.slice(0, pageSize), page: hasNext ? Math.max(2, Math.min(page, totalPages - 1)) : Math.max(2, totalPages), hasPrevious: true, hasNext };
  }
  if (before) {
    const rows = await db.story.findMany({
      where: { AND: [where, newerThan(before)] }, select: readerStorySelect, orderBy: oldestFirst, take: pageSize + 1,
    });
    const hasPrevious = rows.length > pageSize;
    return { rows: rows.slice(0, pageSize).reverse(), page: hasPrevious ? Math.max(2, page) : 1, hasPrevious, hasNext: true };
  }
  if (options.page > totalPages) return { rows: [], page: options.page, hasPrevious: false, hasNext: false };
  const fromStart = (page - 1) * pageSize;
  const onPage = Math.min(pageSize, total - fromStart);
  const fromEnd = total - fromStart - onPage;
  const rows =
    fromStart <= fromEnd
      ? await skipThenFetch(where, newestFirst, fromStart, pageSize)
      : (await skipThenFetch(where, oldestFirst, fromEnd, onPage)).reverse();
  return { rows, page, hasPrevious: page > 1, hasNext: page < totalPages };
}

export function cursorsFor(result: KeysetResult): { previousCursor: string | null; nextCursor: string | null } {
  const first = result.rows[0];
  const last = result.rows.at(-1);
  return {
    previousCursor: result.hasPrevious && first ? encodeStoryCursor(first) : null,
    nextCursor: result.hasNext && last ? encodeStoryCursor(last) : null,
  };
}

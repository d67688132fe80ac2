import { announcePublicChange } from "@/lib/cache/public-change";
import type { PrismaClient } from "@/lib/db";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { type BulkStatus, type BulkStory, makeBulkStory } from "./make-bulk-story";
import { makePublicId, makeReceiptHash } from "./make-ids";
import { type Cell, insertUnnest } from "./insert-unnest";
import { createRandom } from "./random";
import { commentColumns, replyColumns, storyColumns, storyTagColumns } from "./table-columns";

export type SeedBulkOptions = {
  db: PrismaClient;
  /** Published stories. */
  stories: number;
  pending?: number;
  rejected?: number;
  withdrawn?: number;
  /** The same seed gives the same texts, themes, places and dates (ids stay random). */
  seed?: number;
  batchSize?: number;
  /** Keep the original text on every published story, as before retention ever ran. */
  keepOriginals?: boolean;
  spanDays?: number;
  originalTextDays?: number;
  now?: Date;
  onProgress?: (done: number, total: number) => void;
};

export type SeedBulkResult = Record<Lowercase<BulkStatus>, number> & { replies: number; comments: number };

const DAY_MS = 24 * 60 * 60 * 1000;
const iso = (date: Date | null): Cell => (date ? date.toISOString() : null);

// Many made-up stories straight into the tables, a batch per transaction, through the same
// schema the app writes. Whatever the database keeps by itself (triggers, generated columns,
// indexes) stays right, because these are ordinary inserts; nothing here counts anything.
export async function seedBulk(options: SeedBulkOptions): Promise<SeedBulkResult> {
  const { db, stories, pending = 300, rejected = 200, withdrawn = 200, batchSize = 1000, keepOriginals = false } = options;
  const now = options.now ?? new Date();
  const random = createRandom(options.seed ?? 1);
  await seedBaseContent(db);
  const tagIds = new Map((await db.tag.findMany({ select: { id: true, slug: true } })).map((tag) => [tag.slug, tag.id]));
  const templateIds = (await db.replyTemplate.findMany({ select: { id: true }, orderBy: { sortOrder: "asc" } })).map((t) => t.id);

  const statuses: BulkStatus[] = [
    ...Array<BulkStatus>(stories).fill("PUBLISHED"),
    ...Array<BulkStatus>(pending).fill("PENDING"),
    ...Array<BulkStatus>(rejected).fill("REJECTED"),
    ...Array<BulkStatus>(withdrawn).fill("WITHDRAWN"),
  ];
  // Spread the hidden ones among the published, so every batch (and page of ids) has some.
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = Math.floor(random.next() * (i + 1));
    [statuses[i], statuses[j]] = [statuses[j], statuses[i]];
  }

  const result: SeedBulkResult = { published: 0, pending: 0, rejected: 0, withdrawn: 0, replies: 0, comments: 0 };
  const storyOptions = { random, now, spanDays: options.spanDays ?? 6 * 365, originalTextDays: options.originalTextDays ?? 30, keepOriginals };
  for (let start = 0; start < statuses.length; start += batchSize) {
    const batch = statuses.slice(start, start + batchSize).map((status) => ({ id: makePublicId(), story: makeBulkStory({ ...storyOptions, status }) }));
    const rows = toRows(batch, tagIds, templateIds);
    await db.$transaction(
      async (tx) => {
        await insertUnnest(tx, "Story", storyColumns, rows.stories);
        await insertUnnest(tx, "StoryTag", storyTagColumns, rows.storyTags);
        await insertUnnest(tx, "Reply", replyColumns, rows.replies);
        await insertUnnest(tx, "Comment", commentColumns, rows.comments);
      },
      { timeout: 120_000 },
    );
    for (const { story } of batch) result[story.status.toLowerCase() as Lowercase<BulkStatus>] += 1;
    result.replies += rows.replies.length;
    result.comments += rows.comments.length;
    options.onProgress?.(Math.min(start + batchSize, statuses.length), statuses.length);
  }
  // Instances already serving this database drop what they cached from before the seed.
  await announcePublicChange();
  // Fresh statistics, so the planner treats the tables as the size they now are.
  await db.$executeRawUnsafe(`ANALYZE "Story", "StoryTag", "Reply", "Comment"`);
  return result;
}

function toRows(batch: { id: string; story: BulkStory }[], tagIds: Map<string, string>, templateIds: string[]) {
  const stories: Cell[][] = [];
  const storyTags: Cell[][] = [];
  const replies: Cell[][] = [];
  const comments: Cell[][] = [];
  for (const { id, story } of batch) {
    const erasedAt = story.keepOriginal ? null : new Date(story.publishedAt!.getTime() + 30 * DAY_MS);
    stories.push([
      id, story.status, story.title, story.body,
      story.keepOriginal ? story.title : null, story.keepOriginal ? story.body : null, iso(erasedAt),
      story.authorRole, story.municipalityCode, makeReceiptHash(),
      iso(story.createdAt), iso(story.withdrawnAt ?? story.decidedAt ?? story.createdAt),
      iso(story.publishedAt), iso(story.decidedAt), iso(story.withdrawnAt), story.rejectionReason,
    ]);
    for (const slug of story.tagSlugs) {
      const tagId = tagIds.get(slug);
      if (tagId) storyTags.push([id, tagId]);
    }
    if (story.reply) {
      const templateId = story.reply.templateIndex === null ? null : (templateIds[story.reply.templateIndex] ?? null);
      replies.push([makePublicId(), id, story.reply.body, templateId, iso(story.publishedAt), iso(story.publishedAt)]);
    }
    for (const comment of story.comments) {
      const decided = comment.status === "PENDING" ? null : comment.createdAt;
      const reason = comment.status === "REJECTED" ? "Kommentaren handlade inte om berättelsen." : null;
      comments.push([makePublicId(), id, comment.body, comment.status, String(comment.byStoryAuthor), reason, iso(comment.createdAt), iso(decided)]);
    }
  }
  return { stories, storyTags, replies, comments };
}

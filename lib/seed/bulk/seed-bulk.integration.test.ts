import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isPublicId } from "@/lib/ids/public-id";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { listStories } from "@/lib/stories/list-stories";
import { listTagsWithCounts } from "@/lib/reader/list-tags-with-counts";
import { describeEachDatabase } from "@/test/db-harness";
import { type SeedBulkResult, seedBulk } from "./seed-bulk";

const counted = async (sql: string, ...params: unknown[]) =>
  Number((await db.$queryRawUnsafe<{ n: bigint | number }[]>(sql, ...params))[0].n);

describeEachDatabase("bulk seeding", () => {
  let result: SeedBulkResult;
  beforeAll(async () => {
    // A batch size that does not divide the total, so the last batch is a partial one.
    result = await seedBulk({ db, stories: 300, pending: 25, rejected: 20, withdrawn: 30, seed: 7, batchSize: 64 });
  }, 120_000);

  it("writes what it reports, with public ids of the app's shape", async () => {
    expect(result).toMatchObject({ published: 300, pending: 25, rejected: 20, withdrawn: 30 });
    expect(await counted(`SELECT count(*) AS n FROM "Story" WHERE status = 'PUBLISHED'`)).toBe(300);
    expect(await counted(`SELECT count(*) AS n FROM "Story" WHERE status <> 'PUBLISHED'`)).toBe(75);
    expect(await counted(`SELECT count(*) AS n FROM "Reply"`)).toBe(result.replies);
    expect(await counted(`SELECT count(*) AS n FROM "Comment"`)).toBe(result.comments);
    expect(result.replies).toBeGreaterThan(50);
    expect(await counted(`SELECT count(*) AS n FROM "Comment" WHERE status = 'APPROVED'`)).toBeGreaterThan(50);
    const ids = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Story" UNION ALL SELECT id FROM "Reply" UNION ALL SELECT id FROM "Comment"`);
    expect(ids.every(({ id }) => isPublicId(id) && id.length === 21)).toBe(true);
    // Every story has one to three themes.
    expect(await counted(`SELECT count(*) AS n FROM (SELECT s.id FROM "Story" s LEFT JOIN "StoryTag" t ON t."storyId" = s.id GROUP BY s.id HAVING count(t."tagId") NOT BETWEEN 1 AND 3) x`)).toBe(0);
  });

  it("gives readers the same totals as count(*) in the database", async () => {
    const all = await listStories({ pageSize: 1000 });
    expect(all.total).toBe(await counted(`SELECT count(*) AS n FROM "Story" WHERE status = 'PUBLISHED'`));
    expect(all.stories).toHaveLength(300);

    const tags = await listTagsWithCounts();
    expect(tags.length).toBeGreaterThanOrEqual(10);
    for (const tag of tags) {
      const inDb = await counted(
        `SELECT count(*) AS n FROM "StoryTag" st JOIN "Story" s ON s.id = st."storyId" JOIN "Tag" t ON t.id = st."tagId" WHERE s.status = 'PUBLISHED' AND t.slug = $1`,
        tag.slug,
      );
      expect({ slug: tag.slug, count: tag.storyCount }).toEqual({ slug: tag.slug, count: inDb });
      expect((await listStories({ filter: { tagSlug: tag.slug }, pageSize: 1 })).total).toBe(inDb);
    }
    const [top] = await db.$queryRawUnsafe<{ code: string; n: bigint | number }[]>(
      `SELECT "municipalityCode" AS code, count(*) AS n FROM "Story" WHERE status = 'PUBLISHED' AND "municipalityCode" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    );
    expect((await listStories({ filter: { municipalityCode: top.code }, pageSize: 1 })).total).toBe(Number(top.n));
  });

  it("keeps pending, rejected and withdrawn stories out of every reader function", async () => {
    const hidden = await db.$queryRawUnsafe<{ id: string; status: string }[]>(`SELECT id, status::text FROM "Story" WHERE status <> 'PUBLISHED'`);
    expect(new Set(hidden.map((row) => row.status))).toEqual(new Set(["PENDING", "REJECTED", "WITHDRAWN"]));
    // Some withdrawn stories were published first, and keep their date and themes.
    expect(await counted(`SELECT count(*) AS n FROM "Story" WHERE status = 'WITHDRAWN' AND "publishedAt" IS NOT NULL`)).toBeGreaterThan(0);
    const listed = new Set((await listStories({ pageSize: 1000 })).stories.map((story) => story.id));
    for (const { id } of hidden) {
      expect(listed.has(id)).toBe(false);
      expect(await getPublishedStory({ id })).toBeNull();
    }
  });
});

describe("bulk seeding is reproducible", () => {
  it("draws the same texts and dates from the same seed", async () => {
    const { makeBulkStory } = await import("./make-bulk-story");
    const { createRandom } = await import("./random");
    const now = new Date("2026-11-30T00:00:00Z");
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => makeBulkStory({ random, status: "PUBLISHED", now, spanDays: 2000, originalTextDays: 30, keepOriginals: false }));
    };
    expect(draw(3)).toEqual(draw(3));
    expect(draw(3)).not.toEqual(draw(4));
  });
});

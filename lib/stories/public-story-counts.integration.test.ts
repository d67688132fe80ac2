import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { rejectStory } from "@/lib/moderation/reject-story";
import { deleteTag } from "@/lib/tags/delete-tag";
import { listTagsWithCounts } from "@/lib/reader/list-tags-with-counts";
import { updateTag } from "@/lib/tags/update-tag";
import { describeEachDatabase } from "@/test/db-harness";
import { countPublicStories } from "./count-public-stories";
import { createStory } from "./create-story";
import { eraseStoryByAuthor } from "./erase-story-by-author";
import { listStories } from "./list-stories";
import { countsBothWays, createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { withdrawStory } from "./withdraw-story";

// PublicStoryCount is kept by triggers (migration 20261201100000). After every kind of change
// it must equal what counting the story table gives, in every scope, and the pages must show it.
describeEachDatabase("public story counts", () => {
  let moderatorId: string;
  let tags: { id: string; slug: string }[];

  beforeAll(async () => {
    tags = (await seedTagsAndTemplates()).tags;
    moderatorId = (await seedModerator()).id;
  });

  async function expectCountsRight(expectedTotal: number) {
    const { truth, kept } = await countsBothWays();
    expect(kept).toEqual(truth);
    expect(await countPublicStories({})).toBe(expectedTotal);
    expect((await listStories({})).total).toBe(expectedTotal);
  }

  it("follow publish, withdraw, erase and rejection", async () => {
    await expectCountsRight(0);
    const a = await createPublishedStory({ moderatorId, title: "Första", body: filler, tagIds: [tags[0].id, tags[1].id], municipalityCode: "0180" });
    const b = await createPublishedStory({ moderatorId, title: "Andra", body: filler, tagIds: [tags[0].id], municipalityCode: "1480" });
    await createPublishedStory({ moderatorId, title: "Tredje", body: filler, tagIds: [tags[1].id] });
    const pending = await createStory({ title: "Väntar", body: filler, tagIds: [tags[0].id], municipalityCode: "0180", authorRole: null });
    await expectCountsRight(3);
    expect(await countPublicStories({ tagId: tags[0].id })).toBe(2);
    expect(await countPublicStories({ tagId: tags[0].id, municipalityCode: "0180" })).toBe(1);
    expect(await countPublicStories({ municipalityCode: "1480" })).toBe(1);

    await rejectStory({ storyId: pending.storyId, moderatorId, reason: "Innehöll namn" });
    await expectCountsRight(3);
    await withdrawStory({ token: a.receiptToken });
    await expectCountsRight(2);
    expect(await countPublicStories({ tagId: tags[0].id, municipalityCode: "0180" })).toBe(0);
    await eraseStoryByAuthor({ token: b.receiptToken });
    await expectCountsRight(1);
    expect(await countPublicStories({ tagId: tags[0].id })).toBe(0);
  });

  it("follow a theme's rename and deletion, and raw SQL writers such as the bulk seeder", async () => {
    const before = await countPublicStories({});
    const theme = tags[2];
    await createPublishedStory({ moderatorId, title: "Med tema", body: filler, tagIds: [theme.id], municipalityCode: "0580" });
    await updateTag({ tagId: theme.id, moderatorId, name: "Nytt namn", description: "" });
    const renamed = (await listTagsWithCounts()).find((tag) => tag.slug === theme.slug);
    expect(renamed).toMatchObject({ name: "Nytt namn", storyCount: 1 });
    await expectCountsRight(before + 1);

    // The app refuses to delete a theme in use; the database cascade (as a raw delete or a
    // restore would do it) must still leave the counts right.
    await db.$executeRawUnsafe(`DELETE FROM "Tag" WHERE id = $1`, theme.id);
    await expectCountsRight(before + 1);
    expect(await db.publicStoryCount.count({ where: { key: { startsWith: theme.id } } })).toBe(0);

    const unused = await db.tag.create({ data: { slug: "oanvand", name: "Oanvänd" } });
    await deleteTag({ tagId: unused.id, moderatorId });

    // Many rows in one statement, each way, as a bulk writer does it.
    await db.$executeRawUnsafe(`
      INSERT INTO "Story" (id, status, title, body, "receiptTokenHash", "municipalityCode", "publishedAt", "updatedAt")
      SELECT 'bulk' || i, 'PUBLISHED', 'Bulk ' || i, 'Text', 'hash' || i, CASE WHEN i % 2 = 0 THEN '0180' END, now(), now()
      FROM generate_series(1, 40) i`);
    await db.$executeRawUnsafe(`INSERT INTO "StoryTag" ("storyId", "tagId") SELECT 'bulk' || i, $1 FROM generate_series(1, 40) i`, tags[0].id);
    await expectCountsRight(before + 41);
    await db.$executeRawUnsafe(`UPDATE "Story" SET status = 'WITHDRAWN' WHERE id LIKE 'bulk%' AND "municipalityCode" IS NULL`);
    await db.$executeRawUnsafe(`UPDATE "Story" SET "municipalityCode" = '1480' WHERE id IN ('bulk2', 'bulk4')`);
    await expectCountsRight(before + 21);
    await db.$executeRawUnsafe(`DELETE FROM "Story" WHERE id LIKE 'bulk%'`);
    await expectCountsRight(before + 1);
  });
});

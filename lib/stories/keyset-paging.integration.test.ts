import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { listStories } from "./list-stories";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";

const base = new Date("2026-10-01T12:00:00Z").getTime();
const MINUTE = 60_000;

describeEachDatabase("keyset paging of readers' stories", () => {
  let moderatorId: string;
  let tagId: string;
  let tagSlug: string;
  let newestFirst: string[] = [];
  let published = 0;

  // Each new story is newer than all before it, as a moderator publishing now would make it.
  const publishOne = async (tagIds: string[] = [tagId]) => {
    published += 1;
    const { storyId } = await createPublishedStory({
      moderatorId, title: `Berättelse ${published}`, body: filler, tagIds, municipalityCode: "0180",
      now: new Date(base + published * MINUTE),
    });
    return storyId;
  };

  beforeAll(async () => {
    const { tags } = await seedTagsAndTemplates();
    tagId = tags[0].id;
    tagSlug = tags[0].slug;
    moderatorId = (await seedModerator()).id;
    for (let i = 0; i < 23; i += 1) await publishOne();
    // Three stories published in the same millisecond: the id decides their order.
    const same = new Date(base + 5.5 * MINUTE);
    for (const title of ["Samtidig A", "Samtidig B", "Samtidig C"]) {
      await createPublishedStory({ moderatorId, title, body: filler, tagIds: [tagId], now: same });
    }
    newestFirst = (await db.story.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true } })).map((s) => s.id);
  });

  it("never repeats or skips a story while stories are published between page fetches", async () => {
    const seen: string[] = [];
    let page = await listStories({ pageSize: 5, filter: { tagSlug } });
    seen.push(...page.stories.map((story) => story.id));
    while (page.nextCursor) {
      await publishOne();
      await publishOne();
      page = await listStories({ pageSize: 5, filter: { tagSlug }, page: page.page + 1, after: page.nextCursor });
      seen.push(...page.stories.map((story) => story.id));
    }
    expect(seen).toEqual(newestFirst);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("goes back with the previous cursor to exactly the page before, newer stories or not", async () => {
    const first = await listStories({ pageSize: 4 });
    const second = await listStories({ pageSize: 4, page: 2, after: first.nextCursor ?? undefined });
    const third = await listStories({ pageSize: 4, page: 3, after: second.nextCursor ?? undefined });
    await publishOne();
    const back = await listStories({ pageSize: 4, page: 2, before: third.previousCursor ?? undefined });
    expect(back.stories.map((s) => s.id)).toEqual(second.stories.map((s) => s.id));
    expect(back.page).toBe(2);
    expect(back.previousCursor).not.toBeNull();
  });

  it("serves a page number from either end, the same as following the cursors, and nothing past the end", async () => {
    const all = (await db.story.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true } })).map((s) => s.id);
    const pageSize = 4;
    const totalPages = Math.ceil(all.length / pageSize);
    for (let number = 1; number <= totalPages; number += 1) {
      const page = await listStories({ pageSize, page: number });
      expect(page.totalPages).toBe(totalPages);
      expect(page.stories.map((s) => s.id), `page ${number}`).toEqual(all.slice((number - 1) * pageSize, number * pageSize));
    }
    const beyond = await listStories({ pageSize, page: totalPages + 1 });
    expect(beyond.stories).toEqual([]);
    expect(beyond.total).toBe(all.length);
  });

  it("ignores a cursor it did not make and a withdrawn story's cursor still leads on", async () => {
    const first = await listStories({ pageSize: 3 });
    expect((await listStories({ pageSize: 3, after: "'; DROP TABLE \"Story\"; --" })).stories).toEqual(first.stories);
    const last = first.stories.at(-1)!;
    const order = (await db.story.findMany({ where: { status: "PUBLISHED" }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: { id: true } })).map((s) => s.id);
    await db.story.update({ where: { id: last.id }, data: { status: "WITHDRAWN" } });
    const next = await listStories({ pageSize: 3, page: 2, after: first.nextCursor! });
    expect(next.stories.map((s) => s.id)).toEqual(order.slice(order.indexOf(last.id) + 1, order.indexOf(last.id) + 4));
    expect(next.stories.map((s) => s.id)).not.toContain(last.id);
  });
});

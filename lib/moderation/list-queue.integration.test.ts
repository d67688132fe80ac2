import { beforeAll, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { seedBaseContent, seedDemoStories } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { describeEachDatabase } from "@/test/db-harness";
import { listPendingComments } from "./list-pending-comments";
import { listQueue, listQueueIds } from "./list-queue";
import { countQueue } from "./queue-counts";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 60 * 60 * 1000);
const longBody = (word: string) => `${word} `.repeat(60).trim();

describeEachDatabase("listQueue", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await seedBaseContent(db);
    await seedDemoStories(db);
    const tags = await db.tag.findMany({ orderBy: { slug: "asc" }, take: 2 });
    const submit = async (key: string, age: number, municipalityCode: string | null) => {
      const { storyId } = await createStory({
        title: `Berättelse ${key}`,
        body: longBody(key),
        tagIds: tags.map((tag) => tag.id),
        municipalityCode,
        authorRole: "KLIENT",
      });
      // Arrange distinct ages; the queue orders by when a story came in.
      await db.story.update({ where: { id: storyId }, data: { createdAt: hoursAgo(age) } });
      ids[key] = storyId;
    };
    await submit("ny", 1, null);
    await submit("gammal", 30, "0180");
    await submit("mellan", 5, null);
    await submit("avvisad", 50, null);
    await db.story.update({ where: { id: ids.avvisad }, data: { status: "REJECTED" } });

    const published = await db.story.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { id: "asc" } });
    ids.published = published.id;
    for (const [key, age] of [["kommentar-ny", 2], ["kommentar-gammal", 20], ["kommentar-godkand", 40]] as const) {
      const { commentId } = await createComment({ storyId: published.id, body: `Text ${key}` });
      await db.comment.update({ where: { id: commentId }, data: { createdAt: hoursAgo(age) } });
      ids[key] = commentId;
    }
    await db.comment.update({ where: { id: ids["kommentar-godkand"] }, data: { status: "APPROVED" } });
  });

  it("lists only pending stories, oldest first, with excerpt, tags and municipality", async () => {
    const { stories } = await listQueue();
    expect(stories.map((story) => story.id)).toEqual([ids.gammal, ids.mellan, ids.ny]);
    // The review page's j and k follow the same order.
    expect(await listQueueIds()).toEqual([ids.gammal, ids.mellan, ids.ny]);
    const [oldest] = stories;
    expect(oldest.title).toBe("Berättelse gammal");
    expect(oldest.excerpt.length).toBeLessThanOrEqual(161);
    expect(oldest.excerpt).toMatch(/^gammal gammal .*…$/);
    expect(oldest.municipalityName).toBe("Stockholm");
    expect(oldest.tags).toHaveLength(2);
    expect(stories[1].municipalityName).toBeNull();
  });

  it("counts the pending comments; /mod/kommentarer lists them, oldest first, ties by id", async () => {
    expect((await countQueue()).comments).toBe(2);
    const comments = await listPendingComments();
    expect(comments.map((comment) => comment.id)).toEqual([ids["kommentar-gammal"], ids["kommentar-ny"]]);
    expect(comments[0]).toMatchObject({ body: "Text kommentar-gammal", story: { id: ids.published } });
    expect(comments[0].story.title.length).toBeGreaterThan(0);
    // Two comments sent in the same millisecond keep one order on every load.
    const same = new Date(Date.UTC(2020, 0, 1));
    const twins = await Promise.all(["a", "b"].map((key) => createComment({ storyId: ids.published, body: `Tvilling ${key}` })));
    await db.comment.updateMany({ where: { id: { in: twins.map((twin) => twin.commentId) } }, data: { createdAt: same } });
    const first = (await listPendingComments()).slice(0, 2).map((comment) => comment.id);
    expect(first).toEqual(twins.map((twin) => twin.commentId).sort());
    await db.comment.deleteMany({ where: { id: { in: first } } });
  });

  it("caps the story list", async () => {
    const { stories } = await listQueue({ limit: 1 });
    expect(stories.map((story) => story.id)).toEqual([ids.gammal]);
  });

  it("narrows the queue to urgent stories, threats against staff, a theme or a municipality", async () => {
    await db.story.update({ where: { id: ids.mellan }, data: { urgent: true, safetyFlags: ["CHILD_AT_RISK"] } });
    await db.story.update({ where: { id: ids.ny }, data: { safetyFlags: ["STAFF_THREAT"] } });
    const idsOf = async (filter: Parameters<typeof listQueue>[0]) => (await listQueue(filter)).stories.map((story) => story.id);
    expect(await idsOf({ filter: { urgent: true } })).toEqual([ids.mellan]);
    expect(await idsOf({ filter: { staffThreat: true } })).toEqual([ids.ny]);
    expect(await idsOf({ filter: { municipalityCode: "0180" } })).toEqual([ids.gammal]);
    const [tag] = await db.tag.findMany({ orderBy: { slug: "asc" }, take: 1 });
    expect(await idsOf({ filter: { tagSlug: tag.slug } })).toEqual([ids.mellan, ids.gammal, ids.ny]);
    expect(await idsOf({ filter: { tagSlug: "finns-inte" } })).toEqual([]);
    // Filters combine, and never reach a decided story.
    expect(await idsOf({ filter: { urgent: true, municipalityCode: "0180" } })).toEqual([]);
    expect(await idsOf({ filter: {} })).toEqual([ids.mellan, ids.gammal, ids.ny]);
  });

  it("counts what waits for the menu: stories, urgent ones, those past one working day, comments", async () => {
    // gammal came in 30 hours ago: past one working day unless a weekend or holiday intervened.
    const counts = await countQueue(new Date());
    expect(counts).toMatchObject({ stories: 3, urgent: 1, comments: 2 });
    expect(counts.overdue).toBeLessThanOrEqual(1);
    // A Wednesday two weeks after: every waiting story is overdue.
    const later = await countQueue(new Date(Date.now() + 14 * 24 * 60 * 60 * 1000));
    expect(later.overdue).toBe(3);
  });
});

import { beforeAll, expect, it } from "vitest";
import type { StoryStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { listTagsWithCounts } from "@/lib/reader/list-tags-with-counts";
import { describeEachDatabase } from "@/test/db-harness";
import { getPublishedStory } from "./get-published-story";
import { listStories } from "./list-stories";

const DAY = 24 * 60 * 60 * 1000;
const base = new Date("2026-11-01T12:00:00Z").getTime();

async function makeStory(options: {
  title: string;
  status?: StoryStatus;
  daysAgo?: number;
  tagSlugs?: string[];
  municipalityCode?: string | null;
}) {
  const status = options.status ?? "PUBLISHED";
  const publishedAt = status === "PUBLISHED" ? new Date(base - (options.daysAgo ?? 0) * DAY) : null;
  const tags = await db.tag.findMany({ where: { slug: { in: options.tagSlugs ?? [] } } });
  return db.story.create({
    data: {
      status,
      title: options.title,
      body: `Berättelsen ${options.title}.\n\nAndra stycket.`,
      originalTitle: `ORIGINAL ${options.title}`,
      originalBody: "Originaltext",
      municipalityCode: options.municipalityCode ?? null,
      receiptTokenHash: createReceiptToken().tokenHash,
      rejectionReason: status === "REJECTED" ? "Innehöll namn" : null,
      publishedAt,
      tags: { create: tags.map((tag) => ({ tagId: tag.id })) },
    },
  });
}

const titles = (page: { stories: { title: string }[] }) => page.stories.map((story) => story.title);

describeEachDatabase("reader stories", () => {
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    await db.tag.createMany({
      data: [
        { slug: "bostad", name: "Bostad" },
        { slug: "bemotande", name: "Bemötande" },
        { slug: "tomt", name: "Tomt tema" },
      ],
    });
    const stories = [
      { title: "Ny", daysAgo: 1, tagSlugs: ["bostad"], municipalityCode: "0180" },
      { title: "Mellan", daysAgo: 5, tagSlugs: ["bemotande"], municipalityCode: "1480" },
      { title: "Gammal", daysAgo: 30, tagSlugs: ["bostad", "bemotande"], municipalityCode: "0180" },
      { title: "Väntande", status: "PENDING" as const, tagSlugs: ["bostad"], municipalityCode: "0180" },
      { title: "Avvisad", status: "REJECTED" as const, tagSlugs: ["bostad"] },
      { title: "Återtagen", status: "WITHDRAWN" as const, tagSlugs: ["bemotande"] },
    ];
    for (const story of stories) ids[story.title] = (await makeStory(story)).id;

    await db.reply.createMany({
      data: [
        { storyId: ids.Ny, body: "Publicerat svar", publishedAt: new Date(base) },
        { storyId: ids.Ny, body: "Utkast till svar", publishedAt: null },
      ],
    });
    await db.comment.createMany({
      data: [
        { storyId: ids.Ny, body: "Andra godkända", status: "APPROVED", createdAt: new Date(base + 2 * DAY) },
        { storyId: ids.Ny, body: "Första godkända", status: "APPROVED", createdAt: new Date(base + DAY) },
        { storyId: ids.Ny, body: "Väntande kommentar", status: "PENDING" },
        { storyId: ids.Ny, body: "Avvisad kommentar", status: "REJECTED", rejectionReason: "Hot" },
      ],
    });
  });

  it("lists only published stories, newest first", async () => {
    const page = await listStories({});
    expect(titles(page)).toEqual(["Ny", "Mellan", "Gammal"]);
    expect(page).toMatchObject({ page: 1, pageSize: 10, total: 3, totalPages: 1 });
  });

  it("filters by tag, by municipality and by both", async () => {
    expect(titles(await listStories({ filter: { tagSlug: "bostad" } }))).toEqual(["Ny", "Gammal"]);
    expect(titles(await listStories({ filter: { municipalityCode: "1480" } }))).toEqual(["Mellan"]);
    const both = await listStories({ filter: { tagSlug: "bemotande", municipalityCode: "0180" } });
    expect(titles(both)).toEqual(["Gammal"]);
    expect((await listStories({ filter: { tagSlug: "tomt" } })).total).toBe(0);
  });

  it("paginates without repeating or skipping a story, and answers past the end with an empty page", async () => {
    const first = await listStories({ pageSize: 2, page: 1 });
    const second = await listStories({ pageSize: 2, page: 2 });
    expect(titles(first)).toEqual(["Ny", "Mellan"]);
    expect(titles(second)).toEqual(["Gammal"]);
    expect(first.totalPages).toBe(2);
    const beyond = await listStories({ pageSize: 2, page: 9 });
    expect(beyond.stories).toEqual([]);
    expect(beyond.total).toBe(3);
  });

  it("orders stories published at the same moment by id, stably across pages", async () => {
    const same = await Promise.all(
      ["Samma A", "Samma B", "Samma C"].map((title) => makeStory({ title, daysAgo: 100, tagSlugs: ["tomt"] })),
    );
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listStories({ filter: { tagSlug: "tomt" }, pageSize: 1, page })),
    );
    const expected = same.map((story) => story.id).sort().reverse();
    expect(pages.map((page) => page.stories[0]?.id)).toEqual(expected);
    await db.story.deleteMany({ where: { id: { in: expected } } });
  });

  it("returns a published story with only its published replies and approved comments, oldest first", async () => {
    const story = await getPublishedStory({ id: ids.Ny });
    expect(story?.title).toBe("Ny");
    expect(story?.municipality).toEqual({ code: "0180", name: "Stockholm", slug: "stockholm" });
    expect(story?.replies.map((reply) => reply.body)).toEqual(["Publicerat svar"]);
    expect(story?.comments.map((comment) => comment.body)).toEqual(["Första godkända", "Andra godkända"]);
    const json = JSON.stringify(story);
    for (const secret of ["ORIGINAL", "Originaltext", "receiptTokenHash", "Hot", "Utkast", "Väntande"]) {
      expect(json).not.toContain(secret);
    }
  });

  it.each(["Väntande", "Avvisad", "Återtagen"])("returns null for a %s story", async (title) => {
    expect(ids[title]).toBeTruthy();
    expect(await getPublishedStory({ id: ids[title] })).toBeNull();
  });

  it.each(["cm0000000000000000000000", "", "x'; DROP TABLE \"Story\"; --", "a".repeat(500)])(
    "returns null for an unknown or malformed id (%#)",
    async (id) => {
      expect(await getPublishedStory({ id })).toBeNull();
    },
  );

  it("counts only published stories per tag", async () => {
    const counts = Object.fromEntries((await listTagsWithCounts()).map((tag) => [tag.slug, tag.storyCount]));
    expect(counts).toEqual({ bostad: 2, bemotande: 2, tomt: 0 });
  });
});

import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { listTags } from "@/lib/tags/list-tags";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { createStory } from "./create-story";
import { getStoryByReceipt } from "./get-story-by-receipt";
import { createReceiptToken, hashReceiptToken } from "./receipt-token";
import { storySubmissionSchema } from "./schemas";

const body = "Jag sökte ekonomiskt bistånd i våras. ".repeat(8);

describeEachDatabase("an author sends a story", () => {
  let tagIds: string[];
  beforeEach(async () => {
    await truncateAll();
    await seedBaseContent(db);
    tagIds = (await listTags()).map((tag) => tag.id);
  });

  it("lists tags in Swedish alphabetical order", async () => {
    await db.tag.createMany({ data: [{ slug: "aaa", name: "Anhöriga" }, { slug: "zzz", name: "Ödet" }] });
    const names = (await listTags()).map((tag) => tag.name);
    expect(names[0]).toBe("Anhöriga");
    expect(names.slice(-3)).toEqual(["Våld i nära relationer", "Äldreomsorg", "Ödet"]);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "sv")));
  });

  it("stores a PENDING story with the original text and only the hash of the receipt token", async () => {
    const input = storySubmissionSchema.parse({
      title: " Om ett beslut ",
      body,
      tagIds: tagIds.slice(0, 2),
      municipalityCode: "0180",
      authorRole: "ANHORIG",
      consent: true,
    });
    const { storyId, receiptToken } = await createStory(input);

    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true } });
    expect(stored).toMatchObject({
      status: "PENDING",
      title: "Om ett beslut",
      originalTitle: "Om ett beslut",
      body: input.body,
      originalBody: input.body,
      municipalityCode: "0180",
      authorRole: "ANHORIG",
      publishedAt: null,
    });
    expect(stored.tags.map((tag) => tag.tagId).sort()).toEqual(tagIds.slice(0, 2).sort());
    expect(stored.receiptTokenHash).toBe(hashReceiptToken(receiptToken));
    expect(JSON.stringify(stored)).not.toContain(receiptToken);
  });

  it("refuses unknown tags and municipalities and stores nothing", async () => {
    const base = { title: "Rubrik", body, municipalityCode: null, authorRole: null };
    await expect(createStory({ ...base, tagIds: [tagIds[0], "no-such-tag"] })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createStory({ ...base, tagIds: [] })).rejects.toBeInstanceOf(AppError);
    await expect(createStory({ ...base, tagIds, municipalityCode: "9999" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db.story.count()).toBe(0);
  });

  it("finds the story by its receipt token, and by nothing else", async () => {
    const { storyId, receiptToken } = await createStory({ title: "Rubrik", body, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });

    const found = await getStoryByReceipt({ token: receiptToken });
    expect(found).toMatchObject({ id: storyId, status: "PENDING", title: "Rubrik", body, replies: [] });
    expect(found).not.toHaveProperty("receiptTokenHash");
    expect(found).not.toHaveProperty("originalBody");

    expect(await getStoryByReceipt({ token: createReceiptToken().token })).toBeNull();
    const stored = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(await getStoryByReceipt({ token: stored.receiptTokenHash })).toBeNull();
  });

  it("shows the author only replies that are published", async () => {
    const { storyId, receiptToken } = await createStory({ title: "Rubrik", body, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await db.reply.create({ data: { storyId, body: "Ett utkast till svar." } });
    await db.reply.create({ data: { storyId, body: "Tack för att du berättar.", publishedAt: new Date() } });

    const found = await getStoryByReceipt({ token: receiptToken });
    expect(found?.replies.map((reply) => reply.body)).toEqual(["Tack för att du berättar."]);
  });
});

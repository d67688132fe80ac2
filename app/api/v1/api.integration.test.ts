import { NextRequest } from "next/server";
import { beforeAll, expect, it } from "vitest";
import type { StoryStatus } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as listTags } from "./tags/route";

// Each read is counted per source by a keyed hash (lib/rate-limit/refuse-over-api-limit.ts), which
// needs the server secret.
process.env.NEXTAUTH_SECRET ??= "api-read-test-secret-0123456789abcdef";

async function makeStory(title: string, status: StoryStatus, tagId: string) {
  return db.story.create({
    data: {
      status,
      title,
      body: "Text",
      originalTitle: "ORIGINALRUBRIK",
      originalBody: "ORIGINALTEXT",
      municipalityCode: "0180",
      receiptTokenHash: createReceiptToken().tokenHash,
      rejectionReason: status === "REJECTED" ? "AVVISNINGSSKÄL" : null,
      publishedAt: status === "PUBLISHED" ? new Date("2026-11-01T10:00:00Z") : null,
      tags: { create: [{ tagId }] },
    },
  });
}

const list = (query: string) => listStories(new NextRequest(`http://localhost/api/v1/stories${query}`));
const one = (id: string) => getStory(new Request("http://localhost"), { params: Promise.resolve({ id }) });
const privateWords = ["ORIGINAL", "AVVISNINGSSKÄL", "receiptTokenHash", "status", "createdAt\":\"2", "moderator", "UTKAST", "VÄNTANDE"];

describeEachDatabase("reader JSON API", () => {
  const ids: Partial<Record<StoryStatus, string>> = {};

  beforeAll(async () => {
    const tag = await db.tag.create({ data: { slug: "bostad", name: "Bostad", description: "Om boende" } });
    for (const status of ["PUBLISHED", "PENDING", "REJECTED", "WITHDRAWN"] as const) {
      ids[status] = (await makeStory(`Berättelse ${status}`, status, tag.id)).id;
    }
    await db.reply.create({ data: { storyId: ids.PUBLISHED!, body: "UTKAST", publishedAt: null } });
    await db.comment.create({ data: { storyId: ids.PUBLISHED!, body: "VÄNTANDE", status: "PENDING" } });
  });

  it("lists only published stories, without private fields", async () => {
    const response = await list("?tagg=bostad&kommun=stockholm&page=1");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ page: 1, pageSize: 10, total: 1, totalPages: 1 });
    expect(body.stories).toHaveLength(1);
    expect(Object.keys(body.stories[0]).sort()).toEqual(
      ["answers", "authorRole", "body", "id", "language", "municipality", "publishedAt", "tags", "title"],
    );
    // The day only, in Stockholm (lib/stories/public-date.ts).
    expect(body.stories[0].publishedAt).toBe("2026-11-01");
    for (const word of privateWords) expect(JSON.stringify(body)).not.toContain(word);
  });

  it.each(["?page=0", "?page=abc", "?tagg=Bostad", "?tagg=finns-inte", "?kommun=atlantis"])(
    "answers %s with a 400 in Swedish",
    async (query) => {
      const response = await list(query);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("INVALID_QUERY");
      expect(body.error.message).toMatch(/värde/);
      expect(Object.keys(body.error.fields).length).toBeGreaterThan(0);
    },
  );

  it("returns a published story with its thread, and only public fields", async () => {
    const response = await one(ids.PUBLISHED!);
    expect(response.status).toBe(200);
    const { story } = await response.json();
    expect(story.title).toBe("Berättelse PUBLISHED");
    expect(story.replies).toEqual([]);
    expect(story.comments).toEqual([]);
    for (const word of privateWords) expect(JSON.stringify(story)).not.toContain(word);
  });

  it("answers every story a reader may not see with the same 404", async () => {
    const bodies = new Set<string>();
    for (const id of [ids.PENDING!, ids.REJECTED!, ids.WITHDRAWN!, "cm0000000000000000000000000", "<x>"]) {
      const response = await one(id);
      expect(response.status).toBe(404);
      bodies.add(await response.text());
    }
    expect([...bodies]).toHaveLength(1);
    expect(JSON.parse([...bodies][0])).toEqual({
      error: { code: "NOT_FOUND", message: "Berättelsen finns inte eller är inte publicerad." },
    });
  });

  it("lists tags with counts of published stories only", async () => {
    const response = await listTags(new Request("http://localhost/api/v1/tags"));
    expect(await response.json()).toEqual({
      tags: [{ slug: "bostad", name: "Bostad", description: "Om boende", storyCount: 1 }],
    });
  });
});

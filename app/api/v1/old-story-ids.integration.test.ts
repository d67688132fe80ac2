// Stories sent before public ids became nanoids have cuid ids, and links to them are out in the world. Their
// page, their API entry and their comment form must keep working next to the new nanoid ids.
import { beforeAll, expect, it } from "vitest";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as getStory } from "./stories/[id]/route";

// Each read is counted per source by a keyed hash (lib/rate-limit/refuse-over-api-limit.ts), which
// needs the server secret.
process.env.NEXTAUTH_SECRET ??= "api-read-test-secret-0123456789abcdef";

// A cuid as Prisma's cuid() made them: 'c', the time in base 36, counter, fingerprint, random.
const OLD_ID = `c${Date.UTC(2026, 9, 1, 8, 30).toString(36)}0001k3v5d9f1wq2e`;
// A nanoid may hold "_" and "-", which the old check (letters and digits only) turned away.
const NANOID_WITH_SYMBOLS = "_V1StGXR8Z5jdHi6B-myT";
const one = (id: string) => getStory(new Request("http://localhost"), { params: Promise.resolve({ id }) });

async function publish(id?: string, title = id ? "Gammal berättelse" : "Ny berättelse") {
  const story = await db.story.create({
    data: {
      ...(id ? { id } : {}),
      status: "PUBLISHED",
      title,
      body: "Text",
      receiptTokenHash: createReceiptToken().tokenHash,
      publishedAt: new Date("2026-11-01T10:00:00Z"),
    },
    select: { id: true },
  });
  return story.id;
}

describeEachDatabase("stories with ids from before issue 7", () => {
  let newId = "";

  beforeAll(async () => {
    expect(OLD_ID).toMatch(/^c[a-z0-9]{24}$/);
    await publish(OLD_ID);
    newId = await publish();
    await publish(NANOID_WITH_SYMBOLS, "Med tecken");
  });

  it("opens an old cuid story in the API and on its page, and a new nanoid story too", async () => {
    for (const [id, title] of [[OLD_ID, "Gammal berättelse"], [newId, "Ny berättelse"], [NANOID_WITH_SYMBOLS, "Med tecken"]]) {
      const response = await one(id);
      expect(response.status, id).toBe(200);
      expect((await response.json()).story).toMatchObject({ id, title });
      expect((await getPublishedStory({ id }))?.title).toBe(title);
    }
  });

  it("takes a comment on an old story", async () => {
    const { commentId } = await createComment({ storyId: OLD_ID, body: "En kommentar" });
    expect(await db.comment.findUnique({ where: { id: commentId }, select: { storyId: true } })).toEqual({ storyId: OLD_ID });
  });

  it.each([OLD_ID.toUpperCase(), `${newId}x`, "c".repeat(64), "abc", "%00"])("answers %j with the same 404 as an unknown id", async (id) => {
    const response = await one(id);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual((await (await one("c" + "0".repeat(24))).json()));
  });
});

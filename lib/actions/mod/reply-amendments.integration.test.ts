// Amending a published reply through the actions, with real session cookies on a real database:
// while colleague review is in force, one moderator (or one stolen login) cannot change what the
// service says in public. The amendment waits for a colleague, who sees it, and who is never the
// preparer, whatever their role.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { requireColleagueReview, sampleBody, seedTagsAndTemplates } from "@/lib/moderation/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { amendReplyAction } from "./facts";
import { approveStoryAction, preparePublicationAction } from "./stories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.11" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const harmless = "Tack för att du berättar. Du kan kontakta IVO på 010-788 50 00.";
const attack = "Tack för att du berättar. Har du frågor, ring 0900-123 45 67 så hjälper vi dig direkt.";

describeEachDatabase("amending a published reply through the actions", () => {
  let tagIds: string[];
  let admin: string;
  let moderator: string;
  const as = async (moderatorId: string) => {
    jar.clear();
    jar.set(cookieName, await logInCookie(moderatorId));
  };
  const publicReplies = async (storyId: string) => (await getPublishedStory({ id: storyId }))?.replies.map((reply) => reply.body);

  // The reviewer's setup: moderator A prepares a harmless reply, admin B approves it.
  async function publishedWithReply(title: string) {
    const { storyId } = await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await as(moderator);
    expect(await preparePublicationAction({ storyId, version: 1, title, body: sampleBody, tagIds: [tagIds[0]], replyBody: harmless, templateId: "" })).toMatchObject({ ok: true });
    await as(admin);
    expect(await approveStoryAction({ storyId, version: 2 })).toMatchObject({ ok: true });
    const reply = await db.reply.findFirstOrThrow({ where: { storyId }, select: { id: true, body: true } });
    return { storyId, replyId: reply.id, published: reply.body };
  }

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    admin = (await db.moderator.create({ data: { email: "admin@rattelse.test", name: "Admin", passwordHash: "unused", role: "ADMIN" } })).id;
    moderator = (await db.moderator.create({ data: { email: "mod@rattelse.test", name: "Moa Moderator", passwordHash: "unused" } })).id;
  });
  beforeEach(async () => {
    jar.clear();
    await requireColleagueReview();
  });

  it("does not publish one moderator's amendment of an approved reply while review is in force", async () => {
    const { storyId, replyId, published } = await publishedWithReply("Rättad i hemlighet");
    expect(await publicReplies(storyId)).toEqual([published]);

    await as(moderator);
    const result = await amendReplyAction({ replyId, body: attack });
    expect(result).toMatchObject({ ok: true });
    // Readers still read the text the colleague approved.
    expect(await publicReplies(storyId)).toEqual([published]);
    expect((await db.reply.findUniqueOrThrow({ where: { id: replyId } })).body).toBe(published);
  });
});

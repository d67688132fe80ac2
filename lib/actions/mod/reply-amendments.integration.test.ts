// Amending a published reply through the actions, with real session cookies on a real database:
// while colleague review is in force, one moderator (or one stolen login) cannot change what the
// service says in public. The amendment waits for a colleague, who sees it, and who is never the
// preparer, whatever their role.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { allowSingleStepDecisions, requireColleagueReview, sampleBody, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { listPendingReplyAmendments } from "@/lib/moderation/reply-amendments";
import { amendReply } from "@/lib/replies/amend-reply";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { amendReplyAction, approveAmendmentAction, returnAmendmentAction } from "./facts";
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
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await as(moderator);
    expect(await preparePublicationAction({ storyId, version: 1, title, body: sampleBody, tagIds: [tagIds[0]], replyBody: harmless, templateId: "" })).toMatchObject({ ok: true });
    await as(admin);
    expect(await approveStoryAction({ storyId, version: 2 })).toMatchObject({ ok: true });
    const reply = await db.reply.findFirstOrThrow({ where: { storyId }, select: { id: true, body: true } });
    return { storyId, receiptToken, replyId: reply.id, published: reply.body };
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
    expect(result).toEqual({ ok: true, data: { outcome: "prepared" } });
    // Readers still read the text the colleague approved.
    expect(await publicReplies(storyId)).toEqual([published]);
    expect((await db.reply.findUniqueOrThrow({ where: { id: replyId } })).body).toBe(published);
    // Colleagues find it where they look for work.
    expect(await listPendingReplyAmendments()).toContainEqual(expect.objectContaining({ replyId, storyTitle: "Rättad i hemlighet", preparedBy: "Moa Moderator" }));

    // The preparer cannot approve it, however they call; nor can anyone without a session.
    expect(await approveAmendmentAction({ replyId, version: 1 })).toEqual({ ok: false, message: "OWN_DECISION", fieldErrors: {} });
    const form = new FormData();
    form.set("replyId", replyId);
    form.set("version", "1");
    expect(await approveAmendmentAction(form)).toMatchObject({ ok: false, message: "OWN_DECISION" });
    // Nor amend it again alone, or replace the waiting amendment with another.
    expect(await amendReplyAction({ replyId, body: `${attack} Nu!` })).toMatchObject({ ok: false, message: "INVALID_STATE" });
    jar.clear();
    expect(await approveAmendmentAction({ replyId, version: 1 })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect(await returnAmendmentAction({ replyId, version: 1, comment: "Skickas tillbaka utan inloggning." })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect(await publicReplies(storyId)).toEqual([published]);

    // The admin who approved the reply approves the amendment: now it is public, and logged.
    await as(admin);
    expect(await approveAmendmentAction({ replyId, version: 1 })).toEqual({ ok: true, data: { changed: true } });
    expect(await publicReplies(storyId)).toEqual([attack]);
    expect(await listPendingReplyAmendments()).not.toContainEqual(expect.objectContaining({ replyId }));
    const log = await db.auditLog.findMany({ where: { targetId: storyId, action: { startsWith: "reply." } }, orderBy: { createdAt: "asc" } });
    expect(log.map((row) => [row.action, row.moderatorId])).toEqual([
      ["reply.amend_prepare", moderator],
      ["reply.amend_approve", admin],
    ]);
    expect(log[1]).toMatchObject({ before: { replyId, body: published }, after: { replyId, body: attack, preparedById: moderator } });
  });

  it("lets an admin's own amendment wait for the moderator, like anyone's", async () => {
    const { storyId, replyId, published } = await publishedWithReply("Adminens rättelse");
    await as(admin);
    expect(await amendReplyAction({ replyId, body: attack })).toEqual({ ok: true, data: { outcome: "prepared" } });
    expect(await approveAmendmentAction({ replyId, version: 1 })).toMatchObject({ ok: false, message: "OWN_DECISION" });
    expect(await publicReplies(storyId)).toEqual([published]);
  });

  it("refuses an approval once the reply changed since preparation, or the amendment since the page was read", async () => {
    const { storyId, replyId, published } = await publishedWithReply("Ändrad under tiden");
    await as(moderator);
    expect(await amendReplyAction({ replyId, body: attack })).toMatchObject({ ok: true, data: { outcome: "prepared" } });
    // The approver's page showed another version of the amendment.
    await as(admin);
    expect(await approveAmendmentAction({ replyId, version: 2 })).toMatchObject({ ok: false, message: "STALE_AMENDMENT" });
    // The reply changes meanwhile (review switched off, someone corrects it in one step) …
    await allowSingleStepDecisions();
    const corrected = "Tack för att du berättar. IVO nås på 010-788 50 00 och ivo.se.";
    expect(await amendReplyAction({ replyId, body: corrected })).toEqual({ ok: true, data: { outcome: "amended" } });
    await requireColleagueReview();
    // … so the colleague's approval of a change to the old text is refused, and nothing changes.
    expect(await approveAmendmentAction({ replyId, version: 1 })).toMatchObject({ ok: false, message: "STALE_AMENDMENT" });
    expect(await publicReplies(storyId)).toEqual([corrected]);
    expect(published).not.toBe(corrected);
  });

  it("sends an amendment back with a comment, and the preparer prepares it again", async () => {
    const { storyId, replyId, published } = await publishedWithReply("Tillbaka med kommentar");
    await as(moderator);
    expect(await amendReplyAction({ replyId, body: attack })).toMatchObject({ ok: true, data: { outcome: "prepared" } });
    await as(admin);
    expect(await returnAmendmentAction({ replyId, version: 1, comment: "" })).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { comment: ["returnCommentRequired"] } });
    expect(await returnAmendmentAction({ replyId, version: 1, comment: "Numret är ett betalnummer, ta bort det." })).toEqual({ ok: true, data: undefined });
    // A returned amendment cannot be approved, and is no longer in the queue.
    expect(await approveAmendmentAction({ replyId, version: 2 })).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect(await listPendingReplyAmendments()).not.toContainEqual(expect.objectContaining({ replyId }));
    expect(await db.replyAmendment.findUniqueOrThrow({ where: { replyId } })).toMatchObject({ returnedById: admin, returnComment: "Numret är ett betalnummer, ta bort det.", version: 2 });
    expect(await db.auditLog.findFirstOrThrow({ where: { targetId: storyId, action: "reply.amend_return" } })).toMatchObject({ moderatorId: admin, reason: "Numret är ett betalnummer, ta bort det." });

    await as(moderator);
    const better = "Tack för att du berättar. Du kan kontakta IVO, ivo.se eller 010-788 50 00.";
    expect(await amendReplyAction({ replyId, body: better })).toMatchObject({ ok: true, data: { outcome: "prepared" } });
    expect(await db.replyAmendment.findUniqueOrThrow({ where: { replyId } })).toMatchObject({ body: better, version: 3, returnedAt: null, returnComment: null });
    expect(await publicReplies(storyId)).toEqual([published]);
    await as(admin);
    expect(await approveAmendmentAction({ replyId, version: 3 })).toMatchObject({ ok: true });
    expect(await publicReplies(storyId)).toEqual([better]);
  });

  it("amends in one step when review is not in force, as before", async () => {
    const { storyId, replyId } = await publishedWithReply("Ett steg");
    await allowSingleStepDecisions();
    await as(moderator);
    const corrected = "Tack för att du berättar. IVO:s växel har numret 010-788 50 00.";
    expect(await amendReplyAction({ replyId, body: corrected })).toEqual({ ok: true, data: { outcome: "amended" } });
    expect(await publicReplies(storyId)).toEqual([corrected]);
    expect(await db.auditLog.count({ where: { targetId: storyId, action: "reply.amend", moderatorId: moderator } })).toBe(1);
  });

  it("refuses the single-step amendment while review is in force, and drops a waiting one when the author withdraws the story", async () => {
    const { storyId, receiptToken, replyId, published } = await publishedWithReply("Tillbakadragen");
    await expect(amendReply({ replyId, moderatorId: admin, body: attack })).rejects.toMatchObject({ code: "REVIEW_REQUIRED" });
    await as(moderator);
    expect(await amendReplyAction({ replyId, body: attack })).toMatchObject({ ok: true, data: { outcome: "prepared" } });
    await withdrawStory({ token: receiptToken });
    expect(await db.replyAmendment.count({ where: { replyId } })).toBe(0);
    await as(admin);
    expect(await approveAmendmentAction({ replyId, version: 1 })).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect((await db.reply.findUniqueOrThrow({ where: { id: replyId } })).body).toBe(published);
    expect(await db.auditLog.count({ where: { targetId: storyId, action: "reply.amend_approve" } })).toBe(0);
  });
});

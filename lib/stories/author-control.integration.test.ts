import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { approveComment } from "@/lib/comments/approve-comment";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { createComment } from "@/lib/comments/create-comment";
import { editStory } from "@/lib/moderation/edit-story";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { rowsContaining, tableNames, tablesContaining } from "@/test/search-all-tables";
import { authorEditSchema } from "./author-edit-schema";
import { createStory } from "./create-story";
import { editStoryByAuthor } from "./edit-story-by-author";
import { eraseStoryByAuthor } from "./erase-story-by-author";
import { getPublishedStory } from "./get-published-story";
import { getStoryByReceipt } from "./get-story-by-receipt";
import { hashReceiptToken } from "./receipt-token";
import { withdrawStory } from "./withdraw-story";

let n = 0;
const marker = () => `Spårord${Date.now().toString(36)}x${(n += 1)}`;

describeEachDatabase("the author controls their story through the receipt link", () => {
  let tagIds: string[];
  let moderatorId: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });

  async function sendStory(title = `Väntan ${marker()}`, body = sampleBody) {
    const { storyId, receiptToken } = await createStory({ title, body, tagIds: [tagIds[0]], municipalityCode: "0180", authorRole: null });
    return { storyId, token: receiptToken, title, body };
  }

  const publish = (storyId: string, title: string, body: string) =>
    publishStory({ storyId, moderatorId, title, body, tagIds: [tagIds[0]], reply: { body: "Tack för att du berättar.", templateId: null } });

  it("edits a waiting story: title, body and the original, with the time of the edit", async () => {
    const { storyId, token } = await sendStory();
    const now = new Date("2026-11-22T10:00:00Z");
    const edit = authorEditSchema.parse({ title: "  Ny   rubrik ", body: `${sampleBody}\r\nEtt tillägg.` });
    await editStoryByAuthor({ token, ...edit, now });
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story).toMatchObject({
      status: "PENDING",
      title: "Ny rubrik",
      body: `${sampleBody}\nEtt tillägg.`,
      originalTitle: "Ny rubrik",
      originalBody: `${sampleBody}\nEtt tillägg.`,
      authorEditedAt: now,
    });
  });

  it("runs an edit through the same replacement and safety check as a new story", async () => {
    const { storyId, token } = await sendStory();
    const personnummer = "19811218-9876";
    const phone = "070-123 45 67";
    const edit = authorEditSchema.parse({
      title: `Ändrad ${marker()}`,
      body: `${sampleBody}\nMitt personnummer är ${personnummer} och ni når mig på ${phone}. Jag vill inte leva längre.`,
    });
    await editStoryByAuthor({ token, ...edit });
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.body).toContain("[personnummer]");
    expect(story.autoReplacements).toMatchObject({ personnummer: 1, phone: 1 });
    expect(story).toMatchObject({ urgent: true, safetyFlags: ["SUICIDE"] });
    expect(await tablesContaining([personnummer, phone])).toEqual([]);
  });

  it("applies the submission's limits to an edit", () => {
    const result = authorEditSchema.safeParse({ title: "Ok", body: "för kort" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).sort()).toEqual(["bodyTooShort", "titleTooShort"]);
  });

  it("refuses an edit once a moderator has decided, and an unknown receipt", async () => {
    const published = await sendStory();
    await publish(published.storyId, published.title, published.body);
    const rejected = await sendStory();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Går inte att publicera." });
    for (const { token } of [published, rejected]) {
      await expect(editStoryByAuthor({ token, title: "Sent ändrad", body: sampleBody })).rejects.toMatchObject({ code: "INVALID_STATE" });
    }
    expect((await db.story.findUniqueOrThrow({ where: { id: published.storyId } })).title).toBe(published.title);
    await expect(editStoryByAuthor({ token: "x".repeat(43), title: "Rubrik", body: sampleBody })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(editStoryByAuthor({ token: "kort", title: "Rubrik", body: sampleBody })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("shows the author the published text as moderators edited it, with tags and municipality", async () => {
    const { storyId, token, body } = await sendStory();
    await publish(storyId, "Rubriken moderatorn valde", `${body} Moderatorn kortade.`);
    const receipt = await getStoryByReceipt({ token });
    expect(receipt).toMatchObject({ status: "PUBLISHED", title: "Rubriken moderatorn valde", body: `${body} Moderatorn kortade.`, municipalityCode: "0180" });
    expect(receipt?.tags).toHaveLength(1);
    expect(JSON.stringify(receipt)).not.toContain("receiptTokenHash");
  });

  it("lets the author comment on their published story, shown to readers as the narrator's once approved", async () => {
    const { storyId, token, title, body } = await sendStory();
    await expect(createAuthorComment({ token, body: "För tidigt" })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await publish(storyId, title, body);
    const { commentId } = await createAuthorComment({ token, body: "Tack för alla fina ord." });
    const { commentId: withNumber } = await createAuthorComment({ token, body: "Ring mig gärna på 070-123 45 67." });
    expect((await db.comment.findUniqueOrThrow({ where: { id: withNumber } })).body).not.toContain("070");
    await db.comment.delete({ where: { id: withNumber } });
    await createComment({ storyId, body: "Jag känner igen mig." });
    expect(await db.comment.findUniqueOrThrow({ where: { id: commentId } })).toMatchObject({ status: "PENDING", byStoryAuthor: true });
    expect((await getPublishedStory({ id: storyId }))?.comments).toEqual([]);
    await approveComment({ commentId, moderatorId });
    const comments = (await getPublishedStory({ id: storyId }))?.comments;
    expect(comments?.map(({ body, byStoryAuthor }) => ({ body, byStoryAuthor }))).toEqual([{ body: "Tack för alla fina ord.", byStoryAuthor: true }]);
    await expect(createAuthorComment({ token: "y".repeat(43), body: "Hej" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("withdraws a published story: readers stop seeing it at once", async () => {
    const { storyId, token, title, body } = await sendStory();
    await publish(storyId, title, body);
    expect(await getPublishedStory({ id: storyId })).not.toBeNull();
    const now = new Date("2026-11-22T11:00:00Z");
    await withdrawStory({ token, now });
    expect(await getPublishedStory({ id: storyId })).toBeNull();
    expect(await db.story.findUniqueOrThrow({ where: { id: storyId } })).toMatchObject({ status: "WITHDRAWN", withdrawnAt: now, title });
    // Twice is fine; a rejected story has nothing to withdraw.
    await withdrawStory({ token });
    const rejected = await sendStory();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Nej." });
    await expect(withdrawStory({ token: rejected.token })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("erases a published story for good: every table is searched, one erasure row remains", async () => {
    const title = `Rubrik ${marker()}`;
    const original = `${sampleBody} Originaltext ${marker()}.`;
    const edited = `${sampleBody} Redigerad text ${marker()}.`;
    const readerComment = `Läsarens kommentar ${marker()}`;
    const authorComment = `Berättarens kommentar ${marker()}`;
    const { storyId, token } = await sendStory(title, original);
    await editStory({ storyId, moderatorId, title: `${title} (redigerad)`, body: edited, tagIds: [tagIds[0]] });
    await publish(storyId, `${title} (publicerad)`, edited);
    const { commentId } = await createComment({ storyId, body: readerComment });
    await approveComment({ commentId, moderatorId });
    await createAuthorComment({ token, body: authorComment });
    const unrelated = await sendStory();
    const hash = hashReceiptToken(token);
    for (const needle of [title, original, edited, readerComment, authorComment, hash, storyId]) {
      expect((await rowsContaining(needle)).length, needle).toBeGreaterThan(0);
    }
    const erasureRowsBefore = await db.auditLog.count({ where: { action: "story.erased_by_author" } });

    await eraseStoryByAuthor({ token });

    expect(await tableNames()).toEqual(expect.arrayContaining(["Story", "Comment", "Reply", "StoryTag", "AuditLog"]));
    for (const needle of [title, original, edited, readerComment, authorComment, hash, token, storyId, commentId]) {
      expect(await rowsContaining(needle), needle).toEqual([]);
    }
    const erasures = await db.auditLog.findMany({ where: { action: "story.erased_by_author" } });
    expect(erasures).toHaveLength(erasureRowsBefore + 1);
    expect(erasures.at(-1)).toMatchObject({ moderatorId: null, targetType: "story", targetId: null, before: null, after: null, reason: null });
    expect(await getStoryByReceipt({ token })).toBeNull();
    expect(await db.story.findUnique({ where: { id: unrelated.storyId } })).not.toBeNull();
    await expect(eraseStoryByAuthor({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("erases a waiting, a rejected and a withdrawn story alike", async () => {
    const waiting = await sendStory();
    const rejected = await sendStory();
    await rejectStory({ storyId: rejected.storyId, moderatorId, reason: "Nej." });
    const withdrawn = await sendStory();
    await withdrawStory({ token: withdrawn.token });
    for (const story of [waiting, rejected, withdrawn]) {
      await eraseStoryByAuthor({ token: story.token });
      expect(await rowsContaining(story.title)).toEqual([]);
    }
  });
});

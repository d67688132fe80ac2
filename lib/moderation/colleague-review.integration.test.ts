import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { createStory } from "@/lib/stories/create-story";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { setColleagueReview } from "@/lib/settings/set-colleague-review";
import { approveColleagueReviewOff } from "@/lib/settings/review-setting-change";
import { describeEachDatabase } from "@/test/db-harness";
import { rowsContaining } from "@/test/search-all-tables";
import { approveStoryDecision, prepareStoryDecision, returnStoryDecision } from "./colleague-review";
import { listQueue } from "./list-queue";
import { countQueue } from "./queue-counts";
import { publishStory } from "./publish-story";
import { rejectStory } from "./reject-story";
import { requireColleagueReview, sampleBody, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

const reply = { body: "Tack för att du berättar. Vi har tagit bort namnet på handläggaren.", templateId: null };

// Four-eyes, on the database: one moderator prepares, another approves or sends back, and the
// preparer can never approve their own decision, admins included.
describeEachDatabase("colleague review", () => {
  let tagIds: string[];
  let admin: string;
  let colleague: string;
  const send = (title: string) => createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: "KLIENT" });
  const stored = (storyId: string) =>
    db.story.findUniqueOrThrow({ where: { id: storyId }, select: { status: true, version: true, title: true, rejectionReason: true, publishedAt: true } });
  const actions = async (storyId: string) => (await db.auditLog.findMany({ where: { targetId: storyId }, orderBy: { createdAt: "asc" } })).map((row) => row.action);

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    admin = (await db.moderator.create({ data: { email: "admin@granskning.test", name: "Ada Admin", passwordHash: "unused", role: "ADMIN" } })).id;
  });

  it("is on by default but in force only from the second active moderator, and cannot be switched on with one", async () => {
    expect(await getColleagueReview()).toEqual({ enabled: true, activeModerators: 1, inForce: false });
    await setColleagueReview({ actorId: admin, colleagueReview: false });
    await expect(setColleagueReview({ actorId: admin, colleagueReview: true })).rejects.toMatchObject({ code: "INVALID_STATE" });
    colleague = (await db.moderator.create({ data: { email: "kollega@granskning.test", name: "Kim Kollega", passwordHash: "unused" } })).id;
    expect((await getColleagueReview()).inForce).toBe(false);
    await setColleagueReview({ actorId: admin, colleagueReview: true });
    expect(await getColleagueReview()).toEqual({ enabled: true, activeModerators: 2, inForce: true });
    const log = await db.auditLog.findMany({ where: { action: "setting.colleague_review" }, orderBy: { createdAt: "asc" } });
    expect(log.map((row) => (row.after as { colleagueReview: boolean }).colleagueReview)).toEqual([false, true]);
  });

  it("refuses a single-step publication or rejection while in force", async () => {
    const { storyId } = await send("Ensam publicering");
    await expect(publishStory({ storyId, moderatorId: admin, title: "Ensam publicering", body: sampleBody, tagIds: [tagIds[0]], version: 1, reply })).rejects.toMatchObject({
      code: "REVIEW_REQUIRED",
    });
    await expect(rejectStory({ storyId, moderatorId: admin, reason: "Innehåller namn på en handläggare.", version: 1 })).rejects.toMatchObject({ code: "REVIEW_REQUIRED" });
    expect(await stored(storyId)).toMatchObject({ status: "PENDING", version: 1 });
  });

  it("prepares, refuses the preparer's approval, and publishes on the colleague's", async () => {
    const { storyId, receiptToken } = await send("Fyra ögon");
    const edit = { title: "Fyra ögon, redigerad", body: sampleBody, tagIds: [tagIds[1]] };
    expect(await prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "PUBLISH", edit, reply } })).toEqual({ version: 2 });
    expect(await stored(storyId)).toMatchObject({ status: "AWAITING_REVIEW", version: 2, title: "Fyra ögon, redigerad", publishedAt: null });

    // In the queue, with who prepared it; counted in the menu; the author still sees it waiting.
    const queued = (await listQueue()).stories.find((story) => story.id === storyId)!;
    expect(queued.prepared).toMatchObject({ kind: "PUBLISH", by: "Ada Admin" });
    expect((await countQueue()).awaitingColleague).toBeGreaterThanOrEqual(1);
    expect((await listQueue({ filter: { awaitingColleague: true } })).stories.map((story) => story.id)).toContain(storyId);
    expect((await getStoryByReceipt({ token: receiptToken }))?.status).toBe("AWAITING_REVIEW");
    // Nobody edits the text a colleague is approving, the author included.
    await expect(editStoryByAuthor({ token: receiptToken, title: "Författaren ändrar", body: sampleBody })).rejects.toMatchObject({ code: "INVALID_STATE" });

    // The preparer is refused, admin or not, and nothing changes.
    await expect(approveStoryDecision({ storyId, moderatorId: admin, version: 2 })).rejects.toMatchObject({ code: "OWN_DECISION" });
    expect(await stored(storyId)).toMatchObject({ status: "AWAITING_REVIEW", version: 2 });

    // The colleague approves the version they read: the text and the prepared reply go out.
    expect(await approveStoryDecision({ storyId, moderatorId: colleague, version: 2 })).toEqual({ kind: "PUBLISH" });
    expect(await stored(storyId)).toMatchObject({ status: "PUBLISHED", version: 3, title: "Fyra ögon, redigerad" });
    const replies = await db.reply.findMany({ where: { storyId } });
    expect(replies).toMatchObject([{ body: reply.body, moderatorId: colleague }]);
    expect(replies[0].publishedAt).not.toBeNull();
    expect(await db.preparedDecision.count({ where: { storyId } })).toBe(0);
    expect(await actions(storyId)).toEqual(["story.prepare", "story.approve"]);
    const approval = await db.auditLog.findFirstOrThrow({ where: { targetId: storyId, action: "story.approve" } });
    expect(approval).toMatchObject({ moderatorId: colleague, after: { status: "PUBLISHED", preparedById: admin } });
    expect((await getStoryByReceipt({ token: receiptToken }))?.replies.map((row) => row.body)).toEqual([reply.body]);
  });

  it("sends a decision back with a comment, keeps the prepared reply, and lets the preparer prepare again", async () => {
    const { storyId } = await send("Tillbaka");
    await prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "REJECT", reason: "Texten pekar ut en namngiven handläggare." } });
    await expect(returnStoryDecision({ storyId, moderatorId: colleague, version: 2, comment: "  " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await returnStoryDecision({ storyId, moderatorId: colleague, version: 2, comment: "Kan vi inte redigera bort namnet i stället?" });
    expect(await stored(storyId)).toMatchObject({ status: "PENDING", version: 3, rejectionReason: null });
    expect(await db.preparedDecision.findUniqueOrThrow({ where: { storyId } })).toMatchObject({
      kind: "REJECT",
      reason: "Texten pekar ut en namngiven handläggare.",
      returnedById: colleague,
      returnComment: "Kan vi inte redigera bort namnet i stället?",
    });
    // A returned decision is no longer waiting: approving it now is refused.
    await expect(approveStoryDecision({ storyId, moderatorId: colleague, version: 3 })).rejects.toMatchObject({ code: "INVALID_STATE" });

    // The colleague (not the preparer) may now prepare it differently; the admin approves.
    const edit = { title: "Tillbaka, utan namn", body: sampleBody, tagIds: [tagIds[0]] };
    await prepareStoryDecision({ storyId, moderatorId: colleague, version: 3, decision: { kind: "PUBLISH", edit, reply } });
    expect(await db.preparedDecision.findUniqueOrThrow({ where: { storyId } })).toMatchObject({ kind: "PUBLISH", reason: null, returnedById: null, returnComment: null, preparedById: colleague });
    await approveStoryDecision({ storyId, moderatorId: admin, version: 4 });
    expect(await stored(storyId)).toMatchObject({ status: "PUBLISHED", title: "Tillbaka, utan namn" });
    expect(await actions(storyId)).toEqual(["story.prepare", "story.return", "story.prepare", "story.approve"]);
  });

  it("refuses to prepare the publication of a text that still threatens staff, and keeps the story pending", async () => {
    const threat = `${sampleBody} Handläggaren tog mina barn. Hon kommer få betala.`;
    const { storyId } = await createStory({ title: "Hot i texten", body: threat, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    const edit = { title: "Hot i texten", body: threat, tagIds: [tagIds[0]] };
    await expect(prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "PUBLISH", edit, reply } })).rejects.toMatchObject({ code: "STAFF_THREAT" });
    expect(await stored(storyId)).toMatchObject({ status: "PENDING", version: 1 });
    // With the threat edited out it goes to a colleague.
    await prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "PUBLISH", edit: { ...edit, body: sampleBody }, reply } });
    expect((await stored(storyId)).status).toBe("AWAITING_REVIEW");
  });

  it("approves a prepared rejection: the author reads the prepared reason", async () => {
    const { storyId, receiptToken } = await send("Avslag efter granskning");
    await prepareStoryDecision({ storyId, moderatorId: colleague, version: 1, decision: { kind: "REJECT", reason: "Berättelsen handlar inte om socialtjänsten." } });
    expect(await approveStoryDecision({ storyId, moderatorId: admin, version: 2 })).toEqual({ kind: "REJECT" });
    expect(await getStoryByReceipt({ token: receiptToken })).toMatchObject({ status: "REJECTED", rejectionReason: "Berättelsen handlar inte om socialtjänsten." });
  });

  it("approves only the version the colleague read, and only one of two approvals at once", async () => {
    const { storyId } = await send("Två godkännanden");
    const third = (await db.moderator.create({ data: { email: "tredje@granskning.test", name: "Tredje", passwordHash: "unused" } })).id;
    await prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "PUBLISH", edit: { title: "Två godkännanden", body: sampleBody, tagIds: [tagIds[0]] }, reply } });
    await expect(approveStoryDecision({ storyId, moderatorId: colleague, version: 1 })).rejects.toMatchObject({ code: "STALE_VERSION" });
    const results = await Promise.allSettled([colleague, third].map((moderatorId) => approveStoryDecision({ storyId, moderatorId, version: 2 })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.reply.count({ where: { storyId } })).toBe(1);
    expect((await db.auditLog.findMany({ where: { targetId: storyId, action: "story.approve" } })).length).toBe(1);
    await db.moderator.update({ where: { id: third }, data: { active: false } });
  });

  it("drops the prepared reply when the author withdraws, and the decision can no longer be approved", async () => {
    const { storyId, receiptToken } = await send("Dras tillbaka");
    const marker = `Förberett${Date.now().toString(36)}svar som aldrig publiceras`;
    await prepareStoryDecision({
      storyId,
      moderatorId: admin,
      version: 1,
      decision: { kind: "PUBLISH", edit: { title: "Dras tillbaka", body: sampleBody, tagIds: [tagIds[0]] }, reply: { body: marker, templateId: null } },
    });
    expect((await rowsContaining(marker)).map((hit) => hit.table)).toEqual(expect.arrayContaining(["PreparedDecision"]));
    await withdrawStory({ token: receiptToken });
    expect((await rowsContaining(marker)).map((hit) => hit.table)).not.toContain("PreparedDecision");
    await expect(approveStoryDecision({ storyId, moderatorId: colleague })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("stays with the preparer rule when the setting is switched off while a decision waits", async () => {
    const { storyId } = await send("Inställningen ändras");
    await prepareStoryDecision({ storyId, moderatorId: admin, version: 1, decision: { kind: "REJECT", reason: "Innehåller ett personnummer som inte gick att ta bort." } });
    await setColleagueReview({ actorId: admin, colleagueReview: false });
    await approveColleagueReviewOff({ moderatorId: colleague });
    await expect(approveStoryDecision({ storyId, moderatorId: admin })).rejects.toMatchObject({ code: "OWN_DECISION" });
    // Single-step decisions apply to pending stories, not to one waiting for a colleague.
    await expect(rejectStory({ storyId, moderatorId: admin, reason: "Ett annat skäl att avslå." })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await requireColleagueReview();
  });
});

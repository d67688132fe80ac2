import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { clearSafetyFlag } from "@/lib/moderation/clear-safety-flag";
import { listQueue } from "@/lib/moderation/list-queue";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { auditRowsFor, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createStory } from "@/lib/stories/create-story";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { describeEachDatabase } from "@/test/db-harness";

const threat = `${sampleBody} Handläggaren Anna tog mina barn ifrån mig. Jag ska ge mig på handläggaren Anna. Hon kommer få betala.`;
const threatEdited = `${sampleBody} Handläggaren tog mina barn ifrån mig, och det har varit det svåraste i mitt liv.`;
const urgentBody = `${sampleBody} Min sambo slår barnen när han har druckit och jag vet inte vad jag ska göra.`;

describeEachDatabase("safety routing", () => {
  let tagIds: string[];
  let moderatorId: string;
  const submit = async (title: string, body: string, hoursAgo: number) => {
    const { storyId } = await createStory({ title, body, tagIds, municipalityCode: null, authorRole: "KLIENT" });
    await db.story.update({ where: { id: storyId }, data: { createdAt: new Date(Date.now() - hoursAgo * 3_600_000) } });
    return storyId;
  };
  const reply = { body: "Tack för att du berättar. Vi har läst din text noga och publicerar den nu.", templateId: null };

  beforeAll(async () => {
    const { tags } = await seedTagsAndTemplates();
    tagIds = [tags[0].id];
    moderatorId = (await seedModerator()).id;
  });

  it("stores the assessment at submission and puts urgent stories first, then oldest first", async () => {
    const ordinaryOld = await submit("Ett vanligt ärende", sampleBody, 48);
    const urgentNew = await submit("Jag behöver hjälp", urgentBody, 1);
    const urgentOld = await submit("Jag vill inte leva längre", sampleBody, 5);
    const ordinaryNew = await submit("Ännu ett vanligt ärende", sampleBody, 2);

    const stored = await db.story.findUniqueOrThrow({ where: { id: urgentNew }, select: { urgent: true, safetyFlags: true } });
    expect(stored).toEqual({ urgent: true, safetyFlags: ["CHILD_AT_RISK"] });
    const { stories } = await listQueue();
    const order = stories.map((story) => story.id).filter((id) => [ordinaryOld, urgentNew, urgentOld, ordinaryNew].includes(id));
    expect(order).toEqual([urgentOld, urgentNew, ordinaryOld, ordinaryNew]);
    expect(stories[0]).toMatchObject({ id: urgentOld, urgent: true, safetyFlags: ["SUICIDE"] });
  });

  it("makes a story urgent when its author says someone is in danger, and an author's edit never clears it", async () => {
    const { storyId, receiptToken } = await createStory({
      title: "En vanlig rubrik",
      body: sampleBody,
      tagIds,
      municipalityCode: null,
      authorRole: "KLIENT",
      danger: ["VIOLENCE", "CHILD_AT_RISK"],
    });
    const flagsOf = () => db.story.findUniqueOrThrow({ where: { id: storyId }, select: { urgent: true, safetyFlags: true } });
    expect(await flagsOf()).toEqual({ urgent: true, safetyFlags: ["CHILD_AT_RISK", "VIOLENCE"] });
    // Among the urgent stories at the head of the queue (earlier tests leave urgent ones too).
    const queue = (await listQueue()).stories;
    const position = queue.findIndex((story) => story.id === storyId);
    expect(queue.slice(0, position + 1).every((story) => story.urgent)).toBe(true);

    await editStoryByAuthor({ token: receiptToken, title: "En ändrad rubrik", body: `${sampleBody} Jag vill inte leva längre.` });
    expect(await flagsOf()).toEqual({ urgent: true, safetyFlags: ["CHILD_AT_RISK", "SUICIDE", "VIOLENCE"] });
  });

  it("refuses to publish a staff threat as written, and publishes it once the threat is edited out", async () => {
    const storyId = await submit("Om min handläggare", threat, 3);
    const flagged = await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { urgent: true, safetyFlags: true } });
    expect(flagged).toEqual({ urgent: false, safetyFlags: ["STAFF_THREAT"] });

    const attempt = publishStory({ storyId, moderatorId, title: "Om min handläggare", body: threat, tagIds, reply });
    await expect(attempt).rejects.toThrow(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "STAFF_THREAT" });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("PENDING");
    expect(await db.reply.count({ where: { storyId } })).toBe(0);
    expect(await auditRowsFor(storyId)).toHaveLength(0);

    await publishStory({ storyId, moderatorId, title: "Om min handläggare", body: threatEdited, tagIds, reply });
    const published = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(published).toMatchObject({ status: "PUBLISHED", body: threatEdited });
    expect((await auditRowsFor(storyId)).map((row) => row.action)).toEqual(["story.publish"]);
  });

  it("still lets a moderator reject a staff threat", async () => {
    const storyId = await submit("Om handläggaren", threat, 3);
    await rejectStory({ storyId, moderatorId, reason: "Berättelsen innehåller ett hot mot en anställd." });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("REJECTED");
  });

  it("clears a wrong flag with an audit row in the same step, and urgency follows the flags left", async () => {
    const storyId = await submit("Två larm", `${urgentBody} Jag vill inte leva längre.`, 3);
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).safetyFlags).toEqual(["CHILD_AT_RISK", "SUICIDE"]);

    expect(await clearSafetyFlag({ storyId, moderatorId, flag: "SUICIDE" })).toEqual({ changed: true });
    expect(await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { urgent: true, safetyFlags: true } })).toEqual({
      urgent: true,
      safetyFlags: ["CHILD_AT_RISK"],
    });
    await clearSafetyFlag({ storyId, moderatorId, flag: "CHILD_AT_RISK" });
    expect(await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { urgent: true, safetyFlags: true } })).toEqual({
      urgent: false,
      safetyFlags: [],
    });
    expect(await clearSafetyFlag({ storyId, moderatorId, flag: "CHILD_AT_RISK" })).toEqual({ changed: false });

    const rows = await auditRowsFor(storyId);
    expect(rows.map((row) => row.action)).toEqual(["story.clear_safety_flag", "story.clear_safety_flag"]);
    expect(rows[0]).toMatchObject({
      moderatorId,
      targetType: "story",
      before: { urgent: true, safetyFlags: ["CHILD_AT_RISK", "SUICIDE"] },
      after: { urgent: true, safetyFlags: ["CHILD_AT_RISK"] },
    });
    expect(rows[1]).toMatchObject({ after: { urgent: false, safetyFlags: [] } });
  });

  it("lets a cleared staff-threat flag be published, as a moderator's audited judgement", async () => {
    const storyId = await submit("Kritik, inte hot", threat, 3);
    await clearSafetyFlag({ storyId, moderatorId, flag: "STAFF_THREAT" });
    await publishStory({ storyId, moderatorId, title: "Kritik, inte hot", body: threat, tagIds, reply });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("PUBLISHED");
  });
});

import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { describeEachDatabase } from "@/test/db-harness";
import { publishStory } from "./publish-story";
import { allowSingleStepDecisions, auditRowsFor, sampleBody, seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

const editedBody = `${sampleBody} Moderatorn tog bort ett namn.`;
const replyBody = "Tack för att du berättar. Vänliga hälsningar, moderatorerna";

describeEachDatabase("publishStory", () => {
  let moderatorId: string;
  let tagIds: string[];
  let templateId: string;

  beforeAll(async () => {
    const { tags, templates } = await seedTagsAndTemplates();
    tagIds = tags.map((tag) => tag.id);
    templateId = templates[0].id;
    moderatorId = (await seedModerator()).id;
    // One case brings in a second moderator; these are the single-step flow's cases.
    await allowSingleStepDecisions();
  });

  it("publishes the edit with its reply and keeps what the author sent", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    const { replyId } = await publishStory({
      storyId,
      moderatorId,
      title: "Ett beslut som var svårt att förstå",
      body: editedBody,
      tagIds: [tagIds[1], tagIds[2]],
      reply: { body: replyBody, templateId },
    });

    const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true, replies: true } });
    expect(story.status).toBe("PUBLISHED");
    expect(story.publishedAt).toBeInstanceOf(Date);
    expect(story.decidedAt).toEqual(story.publishedAt);
    expect(story.title).toBe("Ett beslut som var svårt att förstå");
    expect(story.body).toBe(editedBody);
    expect(story.originalTitle).toBe("Ett beslut jag inte förstod");
    expect(story.originalBody).toBe(sampleBody);
    expect(story.tags.map((tag) => tag.tagId).sort()).toEqual([tagIds[1], tagIds[2]].sort());
    expect(story.replies).toHaveLength(1);
    expect(story.replies[0]).toMatchObject({ id: replyId, body: replyBody, templateId, moderatorId });
    expect(story.replies[0].publishedAt).toEqual(story.publishedAt);

    const [audit] = await auditRowsFor(storyId);
    expect(audit).toMatchObject({ action: "story.publish", targetType: "story", moderatorId });
    expect(audit.before).toMatchObject({ status: "PENDING", title: "Ett beslut jag inte förstod", body: sampleBody, tagIds: [tagIds[0]] });
    expect(audit.after).toMatchObject({
      status: "PUBLISHED",
      title: "Ett beslut som var svårt att förstå",
      body: editedBody,
      reply: { id: replyId, templateId, body: replyBody },
    });
  });

  it("records only the fields that changed", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    await publishStory({
      storyId,
      moderatorId,
      title: "Ett beslut jag inte förstod",
      body: sampleBody,
      tagIds: [tagIds[0]],
      reply: { body: replyBody, templateId: null },
    });
    const [audit] = await auditRowsFor(storyId);
    expect(audit.before).toEqual({ status: "PENDING" });
    expect(Object.keys(audit.after as object).sort()).toEqual(["reply", "status"]);
  });

  it("refuses a second publication with INVALID_STATE", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    const options = { storyId, moderatorId, title: "Rubriken här", body: sampleBody, tagIds: [tagIds[0]], reply: { body: replyBody, templateId } };
    await publishStory(options);
    await expect(publishStory(options)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.reply.count({ where: { storyId } })).toBe(1);
    expect(await auditRowsFor(storyId)).toHaveLength(1);
  });

  it("lets only one of two simultaneous publications through", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    const other = await seedModerator("Kollega");
    const options = { storyId, title: "Rubriken här", body: sampleBody, tagIds: [tagIds[0]], reply: { body: replyBody, templateId } };
    const results = await Promise.allSettled([
      publishStory({ ...options, moderatorId }),
      publishStory({ ...options, moderatorId: other.id }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((result) => result.status === "rejected");
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: "INVALID_STATE" });
    expect(await db.reply.count({ where: { storyId } })).toBe(1);
    expect(await auditRowsFor(storyId)).toHaveLength(1);
  });

  it("rolls back everything when a later step fails (unknown tag)", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    await expect(
      publishStory({ storyId, moderatorId, title: "Ny rubrik här", body: editedBody, tagIds: ["no-such-tag"], reply: { body: replyBody, templateId } }),
    ).rejects.toBeInstanceOf(AppError);
    await expectUntouched(storyId);
  });

  it("rolls back the publication when the audit row cannot be written", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    // No such moderator: the audit insert fails on its foreign key, after the story was updated
    // and the reply created in the same transaction.
    await expect(
      publishStory({ storyId, moderatorId: "no-such-moderator", title: "Ny rubrik här", body: editedBody, tagIds: [tagIds[0]], reply: { body: replyBody, templateId: null } }),
    ).rejects.toThrow();
    await expectUntouched(storyId);
  });

  it("answers NOT_FOUND for an unknown story", async () => {
    await expect(
      publishStory({ storyId: "missing", moderatorId, title: "Rubriken här", body: sampleBody, tagIds: [tagIds[0]], reply: { body: replyBody, templateId } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  async function expectUntouched(storyId: string) {
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true } });
    expect(story.status).toBe("PENDING");
    expect(story.title).toBe("Ett beslut jag inte förstod");
    expect(story.body).toBe(sampleBody);
    expect(story.publishedAt).toBeNull();
    expect(story.tags.map((tag) => tag.tagId)).toEqual([tagIds[0]]);
    expect(await db.reply.count({ where: { storyId } })).toBe(0);
    expect(await auditRowsFor(storyId)).toHaveLength(0);
  }
});

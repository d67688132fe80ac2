import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { auditRowsFor, sampleBody, seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { approveComment } from "./approve-comment";
import { createComment } from "./create-comment";
import { rejectComment } from "./reject-comment";

describeEachDatabase("approveComment and rejectComment", () => {
  let moderatorId: string;
  let storyId: string;

  beforeAll(async () => {
    const tagId = (await seedTagsAndTemplates()).tags[0].id;
    moderatorId = (await seedModerator()).id;
    storyId = await seedPendingStory({ tagIds: [tagId] });
    await publishStory({ storyId, moderatorId, title: "Rubriken här", body: sampleBody, tagIds: [tagId], reply: { body: "Tack för att du berättar om det här.", templateId: null } });
  });

  it("approves a pending comment and logs it", async () => {
    const { commentId } = await createComment({ storyId, body: "Tack för att du delar med dig." });
    await approveComment({ commentId, moderatorId });
    const comment = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(comment.status).toBe("APPROVED");
    expect(comment.decidedAt).toBeInstanceOf(Date);
    const rows = await auditRowsFor(commentId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "comment.approve", targetType: "comment", moderatorId });
    expect(rows[0].after).toEqual({ status: "APPROVED" });
  });

  it("rejects a pending comment with an optional reason", async () => {
    const { commentId } = await createComment({ storyId, body: "Ett inlägg med ett namn i." });
    await rejectComment({ commentId, moderatorId, reason: "Innehåller ett namn." });
    const comment = await db.comment.findUniqueOrThrow({ where: { id: commentId } });
    expect(comment).toMatchObject({ status: "REJECTED", rejectionReason: "Innehåller ett namn." });
    const [row] = await auditRowsFor(commentId);
    expect(row).toMatchObject({ action: "comment.reject", reason: "Innehåller ett namn." });
  });

  it("decides a comment only once, even when two moderators act at once", async () => {
    const { commentId } = await createComment({ storyId, body: "Ännu en kommentar." });
    const results = await Promise.allSettled([approveComment({ commentId, moderatorId }), rejectComment({ commentId, moderatorId })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((results.find((result) => result.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "INVALID_STATE" });
    expect(await auditRowsFor(commentId)).toHaveLength(1);
    await expect(approveComment({ commentId, moderatorId })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("answers NOT_FOUND for an unknown comment", async () => {
    await expect(rejectComment({ commentId: "missing", moderatorId })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

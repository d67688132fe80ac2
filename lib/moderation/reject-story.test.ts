import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { publishStory } from "./publish-story";
import { rejectStory } from "./reject-story";
import { auditRowsFor, sampleBody, seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

const reason = "Berättelsen pekar ut en namngiven handläggare på ett sätt vi inte kan ta bort.";

describeEachDatabase("rejectStory", () => {
  let moderatorId: string;
  let tagId: string;

  beforeAll(async () => {
    tagId = (await seedTagsAndTemplates()).tags[0].id;
    moderatorId = (await seedModerator()).id;
  });

  it("rejects a pending story with the reason the author will read, and logs it", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagId] });
    await rejectStory({ storyId, moderatorId, reason: `  ${reason}\n` });

    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.status).toBe("REJECTED");
    expect(story.rejectionReason).toBe(reason);
    expect(story.decidedAt).toBeInstanceOf(Date);
    expect(story.publishedAt).toBeNull();
    expect(story.originalBody).toBe(sampleBody);

    const rows = await auditRowsFor(storyId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "story.reject", moderatorId, reason });
    expect(rows[0].before).toEqual({ status: "PENDING" });
    expect(rows[0].after).toEqual({ status: "REJECTED", rejectionReason: reason });
  });

  it("refuses to reject a story that was already decided", async () => {
    const published = await seedPendingStory({ tagIds: [tagId] });
    await publishStory({ storyId: published, moderatorId, title: "Rubriken här", body: sampleBody, tagIds: [tagId], reply: { body: "Tack för att du berättar om det här.", templateId: null } });
    await expect(rejectStory({ storyId: published, moderatorId, reason })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db.story.findUniqueOrThrow({ where: { id: published } })).status).toBe("PUBLISHED");

    const rejected = await seedPendingStory({ tagIds: [tagId] });
    await rejectStory({ storyId: rejected, moderatorId, reason });
    await expect(rejectStory({ storyId: rejected, moderatorId, reason: "Ett annat skäl här." })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await db.story.findUniqueOrThrow({ where: { id: rejected } })).rejectionReason).toBe(reason);
    expect(await auditRowsFor(rejected)).toHaveLength(1);
  });

  it("requires a reason", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagId] });
    await expect(rejectStory({ storyId, moderatorId, reason: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("PENDING");
  });

  it("leaves the story pending when the audit row cannot be written", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagId] });
    await expect(rejectStory({ storyId, moderatorId: "no-such-moderator", reason })).rejects.toThrow();
    const story = await db.story.findUniqueOrThrow({ where: { id: storyId } });
    expect(story.status).toBe("PENDING");
    expect(story.rejectionReason).toBeNull();
    expect(await auditRowsFor(storyId)).toHaveLength(0);
  });
});

import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { editStory } from "./edit-story";
import { rejectStory } from "./reject-story";
import { auditRowsFor, sampleBody, seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

describeEachDatabase("editStory", () => {
  let moderatorId: string;
  let tagIds: string[];

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    moderatorId = (await seedModerator()).id;
  });

  it("saves the edit, keeps the original and logs the changed fields only", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    const result = await editStory({ storyId, moderatorId, title: "En ny och lugnare rubrik", body: sampleBody, tagIds: [tagIds[0], tagIds[3]] });
    expect(result).toEqual({ changed: true, version: 2 });

    const story = await db.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: true } });
    expect(story).toMatchObject({ status: "PENDING", title: "En ny och lugnare rubrik", originalTitle: "Ett beslut jag inte förstod" });
    expect(story.tags.map((tag) => tag.tagId).sort()).toEqual([tagIds[0], tagIds[3]].sort());

    const [audit] = await auditRowsFor(storyId);
    expect(audit.action).toBe("story.edit");
    expect(audit.before).toEqual({ title: "Ett beslut jag inte förstod", tagIds: [tagIds[0]] });
    expect(audit.after).toEqual({ title: "En ny och lugnare rubrik", tagIds: [tagIds[0], tagIds[3]].sort() });
  });

  it("writes nothing when nothing changed", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    const result = await editStory({ storyId, moderatorId, title: "Ett beslut jag inte förstod", body: sampleBody, tagIds: [tagIds[0]] });
    expect(result).toEqual({ changed: false, version: 1 });
    expect(await auditRowsFor(storyId)).toHaveLength(0);
  });

  it("refuses to edit a decided story", async () => {
    const storyId = await seedPendingStory({ tagIds: [tagIds[0]] });
    await rejectStory({ storyId, moderatorId, reason: "Handlar inte om socialtjänsten." });
    await expect(editStory({ storyId, moderatorId, title: "Försök att ändra", body: sampleBody, tagIds: [tagIds[0]] })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).title).toBe("Ett beslut jag inte förstod");
  });
});

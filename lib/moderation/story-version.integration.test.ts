import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { describeEachDatabase } from "@/test/db-harness";
import { takeOverStory } from "./claims";
import { editStory } from "./edit-story";
import { publishStory } from "./publish-story";
import { rejectStory } from "./reject-story";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

// Two moderators on a shift open the same story. Whoever saves second started from a version
// that is no longer there, and is refused, whatever they send and however they call.
describeEachDatabase("no lost edits", () => {
  let tagIds: string[];
  let a: string;
  let b: string;
  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    a = (await seedModerator()).id;
    b = (await seedModerator("Kollega")).id;
    await allowSingleStepDecisions();
  });

  const send = (title: string) => createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
  const stored = (storyId: string) => db.story.findUniqueOrThrow({ where: { id: storyId }, select: { title: true, version: true, status: true } });

  it("refuses a save, a publication and a rejection that started from an older version", async () => {
    const { storyId } = await send("Samma berättelse");
    expect((await stored(storyId)).version).toBe(1);
    const edit = { storyId, body: sampleBody, tagIds: [tagIds[0]] };

    expect(await editStory({ ...edit, moderatorId: a, title: "A:s rubrik", version: 1 })).toEqual({ changed: true, version: 2 });
    await expect(editStory({ ...edit, moderatorId: b, title: "B:s rubrik", version: 1 })).rejects.toMatchObject({ code: "STALE_VERSION" });
    await expect(
      publishStory({ ...edit, moderatorId: b, title: "B:s rubrik", version: 1, reply: { body: "Tack för att du berättar.", templateId: null } }),
    ).rejects.toMatchObject({ code: "STALE_VERSION" });
    await expect(rejectStory({ storyId, moderatorId: b, reason: "Innehåller namn.", version: 1 })).rejects.toMatchObject({ code: "STALE_VERSION" });

    // A's change stands, once in the log; nothing of B's was written.
    expect(await stored(storyId)).toEqual({ title: "A:s rubrik", version: 2, status: "PENDING" });
    expect(await db.auditLog.count({ where: { targetId: storyId } })).toBe(1);

    // A's save claimed the story; B takes it over, and from the current version B's publication
    // goes through.
    await takeOverStory({ storyId, moderatorId: b });
    await publishStory({ ...edit, moderatorId: b, title: "A:s rubrik", version: 2, reply: { body: "Tack för att du berättar.", templateId: null } });
    expect(await stored(storyId)).toMatchObject({ status: "PUBLISHED", version: 3 });
  });

  it("counts the author's own edit as a newer change", async () => {
    const { storyId, receiptToken } = await send("Författaren ändrar");
    await editStoryByAuthor({ token: receiptToken, title: "Författarens nya rubrik", body: sampleBody });
    expect((await stored(storyId)).version).toBe(2);
    await expect(editStory({ storyId, moderatorId: a, title: "Moderatorns rubrik", body: sampleBody, tagIds: [tagIds[0]], version: 1 })).rejects.toMatchObject({
      code: "STALE_VERSION",
    });
    expect((await stored(storyId)).title).toBe("Författarens nya rubrik");
  });

  it("lets exactly one of two saves from the same version through when they arrive together", async () => {
    const { storyId } = await send("Samtidigt");
    const results = await Promise.allSettled(
      ["Först", "Samtidigt också"].map((title, index) =>
        editStory({ storyId, moderatorId: index === 0 ? a : b, title, body: sampleBody, tagIds: [tagIds[0]], version: 1 }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "STALE_VERSION" });
    expect((await stored(storyId)).version).toBe(2);
  });
});

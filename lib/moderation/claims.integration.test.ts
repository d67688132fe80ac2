import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { describeEachDatabase } from "@/test/db-harness";
import { claimStory, takeOverStory } from "./claims";
import { editStory } from "./edit-story";
import { listQueue } from "./list-queue";
import { prepareStoryDecision } from "./colleague-review";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";

const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

// Claims run out by themselves, are renewed by their holder's saves, are taken over only
// explicitly (and logged), and end with the decision.
describeEachDatabase("claims", () => {
  let tagIds: string[];
  let a: string;
  let b: string;
  const send = async (title: string) =>
    (await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null })).storyId;

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    a = (await seedModerator("Anna")).id;
    b = (await seedModerator("Bo")).id;
  });

  it("claims for the configured time, shows the holder in the queue, and expires", async () => {
    const storyId = await send("Anspråk");
    const now = new Date();
    expect(await claimStory({ storyId, moderatorId: a, now })).toMatchObject({ moderatorName: "Anna", mine: true, until: minutes(now, 30) });
    // B opening it finds A's claim and makes none of their own.
    expect(await claimStory({ storyId, moderatorId: b, now: minutes(now, 10) })).toMatchObject({ moderatorId: a, mine: false });
    const queued = (await listQueue({ viewer: b, now: minutes(now, 10) })).stories.find((story) => story.id === storyId)!;
    expect(queued.claim).toMatchObject({ by: "Anna", mine: false });
    expect((await listQueue({ filter: { claimedBy: { moderatorId: a, now: minutes(now, 10) } } })).stories.map((story) => story.id)).toEqual([storyId]);
    expect((await listQueue({ filter: { claimedBy: { moderatorId: b, now: minutes(now, 10) } } })).stories.map((story) => story.id)).toEqual([]);

    // A save by B is refused while the claim lasts...
    const edit = { storyId, title: "Bos rubrik", body: sampleBody, tagIds: [tagIds[0]] };
    await expect(editStory({ ...edit, moderatorId: b, now: minutes(now, 29) })).rejects.toMatchObject({ code: "CLAIMED" });
    // ...and goes through once it has run out, with the claim now B's. Nobody was taken over.
    expect((await listQueue({ viewer: b, now: minutes(now, 31) })).stories.find((story) => story.id === storyId)!.claim).toBeNull();
    await editStory({ ...edit, moderatorId: b, now: minutes(now, 31) });
    expect(await claimStory({ storyId, moderatorId: a, now: minutes(now, 32) })).toMatchObject({ moderatorName: "Bo", mine: false, until: minutes(now, 61) });
    expect(await db.auditLog.count({ where: { targetId: storyId, action: "story.claim_takeover" } })).toBe(0);
  });

  it("follows the admin's claim time", async () => {
    const storyId = await send("Kortare anspråk");
    await db.siteSetting.upsert({ where: { id: 1 }, create: { id: 1, claimMinutes: 5 }, update: { claimMinutes: 5 } });
    const now = new Date();
    expect((await claimStory({ storyId, moderatorId: a, now }))?.until).toEqual(minutes(now, 5));
    await db.siteSetting.update({ where: { id: 1 }, data: { claimMinutes: 30 } });
  });

  it("logs a take-over of a live claim, not of an expired one, and ends the claim with the decision", async () => {
    const storyId = await send("Ta över");
    const now = new Date();
    await claimStory({ storyId, moderatorId: a, now });
    expect(await takeOverStory({ storyId, moderatorId: b, now: minutes(now, 1) })).toMatchObject({ moderatorName: "Bo", mine: true });
    expect(await db.auditLog.findMany({ where: { targetId: storyId, action: "story.claim_takeover" }, select: { moderatorId: true, before: true, after: true } })).toEqual([
      { moderatorId: b, before: { claimedById: a }, after: { claimedById: b } },
    ]);
    // Taking over an expired claim is just a claim.
    await takeOverStory({ storyId, moderatorId: a, now: minutes(now, 45) });
    expect(await db.auditLog.count({ where: { targetId: storyId, action: "story.claim_takeover" } })).toBe(1);

    await prepareStoryDecision({ storyId, moderatorId: a, decision: { kind: "REJECT", reason: "Handlar inte om socialtjänsten." }, now: minutes(now, 46) });
    expect(await db.story.findUniqueOrThrow({ where: { id: storyId }, select: { claimedById: true, claimedUntil: true } })).toEqual({ claimedById: null, claimedUntil: null });
    // A story waiting for a colleague is not claimed by opening it.
    expect(await claimStory({ storyId, moderatorId: b, now: minutes(now, 47) })).toBeNull();
    await expect(takeOverStory({ storyId, moderatorId: b })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

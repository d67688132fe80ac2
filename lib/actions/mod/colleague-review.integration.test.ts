// The colleague-review and claim actions as the browser calls them, with real session cookies
// on a real database: whatever an admin sends, and however they call, they cannot approve the
// decision they prepared themselves, and a colleague's claim holds until it is taken over.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { sampleBody, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { setColleagueReviewAction } from "./accounts";
import { approveStoryAction, claimStoryAction, editStoryAction, preparePublicationAction, publishStoryAction, takeOverStoryAction } from "./stories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.9" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

describeEachDatabase("colleague review and claims through the actions", () => {
  let tagIds: string[];
  let admin: string;
  let moderator: string;
  const as = async (moderatorId: string) => {
    jar.clear();
    jar.set(cookieName, await logInCookie(moderatorId));
  };
  const reply = { replyBody: "Tack för att du berättar om hur det gick till.", templateId: "" };

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    admin = (await db.moderator.create({ data: { email: "admin@aktion.test", name: "Admin", passwordHash: "unused", role: "ADMIN" } })).id;
    moderator = (await db.moderator.create({ data: { email: "mod@aktion.test", name: "Moa Moderator", passwordHash: "unused" } })).id;
  });
  beforeEach(() => jar.clear());

  it("refuses the preparer's approval by a direct action call, admin or not, and lets the colleague approve", async () => {
    const { storyId } = await createStory({ title: "Via aktionen", body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await as(admin);
    const edit = { storyId, version: 1, title: "Via aktionen", body: sampleBody, tagIds: [tagIds[0]], ...reply };
    // Publishing alone is refused while colleague review is in force.
    expect(await publishStoryAction(edit)).toEqual({ ok: false, message: "REVIEW_REQUIRED", fieldErrors: {} });
    expect(await preparePublicationAction(edit)).toEqual({ ok: true, data: undefined });
    expect(await approveStoryAction({ storyId, version: 2 })).toEqual({ ok: false, message: "OWN_DECISION", fieldErrors: {} });
    // Without a version, or as a form post: still the preparer, still refused.
    expect(await approveStoryAction({ storyId })).toMatchObject({ ok: false, message: "INVALID_INPUT" });
    const form = new FormData();
    form.set("storyId", storyId);
    form.set("version", "2");
    expect(await approveStoryAction(form)).toMatchObject({ ok: false, message: "OWN_DECISION" });
    jar.clear();
    expect(await approveStoryAction({ storyId, version: 2 })).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("AWAITING_REVIEW");

    await as(moderator);
    expect(await approveStoryAction({ storyId, version: 2 })).toEqual({ ok: true, data: { kind: "PUBLISH" } });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).status).toBe("PUBLISHED");
  });

  it("lets only an admin switch colleague review", async () => {
    await as(moderator);
    expect(await setColleagueReviewAction({ colleagueReview: false })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    await as(admin);
    // In force (two active), switching off is only a request, which a colleague approves
    // (review-off.integration.test.ts); the claim time is saved at once.
    expect(await setColleagueReviewAction({ colleagueReview: false, claimMinutes: "45" })).toEqual({
      ok: true,
      data: { colleagueReview: true, claimMinutes: 45, offRequested: true },
    });
    expect(await setColleagueReviewAction({ colleagueReview: true, claimMinutes: "2" })).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { claimMinutes: ["claimMinutesInvalid"] } });
    expect(await setColleagueReviewAction({ colleagueReview: true })).toEqual({ ok: true, data: { colleagueReview: true, claimMinutes: 45, offRequested: false } });
  });

  it("keeps a colleague's claim: saves are refused until the story is taken over, and the take-over is logged", async () => {
    const { storyId } = await createStory({ title: "Två öppnar", body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: null });
    await as(moderator);
    expect(await claimStoryAction({ storyId })).toMatchObject({ ok: true, data: { moderatorName: "Moa Moderator", mine: true } });
    await as(admin);
    expect(await claimStoryAction({ storyId })).toMatchObject({ ok: true, data: { moderatorName: "Moa Moderator", mine: false } });
    const save = { storyId, version: 1, title: "Adminens rubrik", body: sampleBody, tagIds: [tagIds[0]] };
    expect(await editStoryAction(save)).toMatchObject({ ok: false, message: "CLAIMED" });
    expect(await preparePublicationAction({ ...save, ...reply })).toMatchObject({ ok: false, message: "CLAIMED" });
    expect((await db.story.findUniqueOrThrow({ where: { id: storyId } })).title).toBe("Två öppnar");

    expect(await takeOverStoryAction({ storyId })).toMatchObject({ ok: true, data: { moderatorName: "Admin", mine: true } });
    expect(await editStoryAction(save)).toMatchObject({ ok: true, data: { changed: true } });
    const takeover = await db.auditLog.findFirstOrThrow({ where: { targetId: storyId, action: "story.claim_takeover" } });
    expect(takeover).toMatchObject({ moderatorId: admin, before: { claimedById: moderator }, after: { claimedById: admin } });
    // Now the first moderator is the one refused.
    await as(moderator);
    expect(await editStoryAction({ ...save, version: 2, title: "Moas rubrik" })).toMatchObject({ ok: false, message: "CLAIMED" });
  });
});

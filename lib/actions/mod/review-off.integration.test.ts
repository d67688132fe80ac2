// The ways around colleague review an admin has alone, attacked through the actions as the
// browser calls them, with real session cookies on a real database: switching review off,
// deactivating the only colleague, and changing a story a colleague has claimed.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createStory } from "@/lib/stories/create-story";
import { requireColleagueReview, sampleBody, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { describeEachDatabase } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { setColleagueReviewAction, updateModeratorAction } from "./accounts";
import { approveColleagueReviewOffAction } from "./review-setting";
import { addStoryNoteAction } from "./story-notes";
import { claimStoryAction, clearSafetyFlagAction, publishStoryAction } from "./stories";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.10" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

describeEachDatabase("ways around colleague review", () => {
  let tagIds: string[];
  let admin: string;
  let moderator: string;
  let secondAdmin: string;
  const as = async (moderatorId: string) => {
    jar.clear();
    jar.set(cookieName, await logInCookie(moderatorId));
  };
  const send = async (title: string, extra: { danger?: ("CHILD_AT_RISK" | "VIOLENCE")[] } = {}) =>
    (await createStory({ title, body: sampleBody, tagIds: [tagIds[0]], municipalityCode: null, authorRole: "KLIENT", ...extra })).storyId;
  const publication = (storyId: string, title: string) => ({
    storyId,
    version: 1,
    title,
    body: sampleBody,
    tagIds: [tagIds[0]],
    replyBody: "Tack för att du berättar om hur det gick till.",
    templateId: "",
  });
  const storyOf = (storyId: string) => db.story.findUniqueOrThrow({ where: { id: storyId }, select: { status: true, urgent: true, safetyFlags: true } });

  beforeAll(async () => {
    tagIds = (await seedTagsAndTemplates()).tags.map((tag) => tag.id);
    admin = (await db.moderator.create({ data: { email: "admin@avstangning.test", name: "Alva Admin", passwordHash: "unused", role: "ADMIN" } })).id;
    moderator = (await db.moderator.create({ data: { email: "mod@avstangning.test", name: "Mio Moderator", passwordHash: "unused" } })).id;
    // Inactive unless a test needs a third person.
    secondAdmin = (await db.moderator.create({ data: { email: "admin2@avstangning.test", name: "Ali Admin", passwordHash: "unused", role: "ADMIN" } })).id;
  });
  const settingLog = (action: string) =>
    db.auditLog.findMany({ where: { action }, orderBy: { createdAt: "asc" }, select: { moderatorId: true, before: true, after: true } });
  beforeEach(async () => {
    jar.clear();
    await db.moderator.update({ where: { id: moderator }, data: { active: true } });
    await db.moderator.update({ where: { id: secondAdmin }, data: { active: false } });
    await requireColleagueReview();
    await db.siteSetting.update({ where: { id: 1 }, data: { colleagueReviewHeld: false, reviewOffRequestedById: null, reviewOffRequestedAt: null } });
  });

  it("keeps review in force when an admin alone switches it off: publishing alone is still refused", async () => {
    const storyId = await send("Avstängd granskning");
    await as(admin);
    expect(await setColleagueReviewAction({ colleagueReview: false })).toMatchObject({ ok: true });
    expect((await getColleagueReview()).inForce).toBe(true);
    expect(await publishStoryAction(publication(storyId, "Avstängd granskning"))).toMatchObject({ ok: false, message: "REVIEW_REQUIRED" });
    expect((await storyOf(storyId)).status).toBe("PENDING");
  });

  it("switches review off only when a colleague approves the admin's request, never the requester", async () => {
    const storyId = await send("Kollegan godkänner");
    await as(admin);
    await db.auditLog.deleteMany({ where: { action: { startsWith: "setting.colleague_review" } } });
    expect(await setColleagueReviewAction({ colleagueReview: false })).toEqual({ ok: true, data: { colleagueReview: true, claimMinutes: 30, offRequested: true } });
    // The requester cannot approve, by any route; the setting stays on.
    expect(await approveColleagueReviewOffAction({})).toEqual({ ok: false, message: "OWN_DECISION", fieldErrors: {} });
    expect(await approveColleagueReviewOffAction(new FormData())).toMatchObject({ ok: false, message: "OWN_DECISION" });
    jar.clear();
    expect(await approveColleagueReviewOffAction({})).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect(await getColleagueReview()).toMatchObject({ enabled: true, inForce: true });

    // A colleague (any role) approves: review is off, and both steps are in the log.
    await as(moderator);
    expect(await approveColleagueReviewOffAction({})).toEqual({ ok: true, data: { colleagueReview: false } });
    expect(await getColleagueReview()).toMatchObject({ enabled: false, inForce: false });
    expect(await approveColleagueReviewOffAction({})).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect(await settingLog("setting.colleague_review_off_request")).toEqual([
      { moderatorId: admin, before: { colleagueReview: true, offRequestedById: null }, after: { colleagueReview: true, offRequestedById: admin } },
    ]);
    expect(await settingLog("setting.colleague_review_off_approve")).toEqual([
      { moderatorId: moderator, before: expect.objectContaining({ colleagueReview: true, offRequestedById: admin }), after: { colleagueReview: false } },
    ]);
    await as(admin);
    expect(await publishStoryAction(publication(storyId, "Kollegan godkänner"))).toEqual({ ok: true, data: undefined });

    // Switching it on again is one step.
    expect(await setColleagueReviewAction({ colleagueReview: true })).toMatchObject({ ok: true, data: { colleagueReview: true, offRequested: false } });
    expect((await getColleagueReview()).inForce).toBe(true);
  });

  it("ends a waiting request when the admin switches review on again, so nobody can approve it later", async () => {
    await as(admin);
    await setColleagueReviewAction({ colleagueReview: false });
    expect(await setColleagueReviewAction({ colleagueReview: true })).toMatchObject({ ok: true, data: { offRequested: false } });
    await as(moderator);
    expect(await approveColleagueReviewOffAction({})).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect((await getColleagueReview()).inForce).toBe(true);
  });

  it("refuses a request whose admin has since been deactivated", async () => {
    await db.moderator.update({ where: { id: secondAdmin }, data: { active: true } });
    await as(secondAdmin);
    await setColleagueReviewAction({ colleagueReview: false });
    await as(admin);
    expect(await updateModeratorAction({ moderatorId: secondAdmin, active: false })).toMatchObject({ ok: true });
    expect(await approveColleagueReviewOffAction({})).toMatchObject({ ok: false, message: "INVALID_STATE" });
    expect((await getColleagueReview()).inForce).toBe(true);
  });

  it("keeps review in force when an admin deactivates the only colleague", async () => {
    const storyId = await send("Ensam kvar");
    await as(admin);
    await db.auditLog.deleteMany({ where: { action: "setting.colleague_review_held" } });
    expect(await updateModeratorAction({ moderatorId: moderator, active: false })).toMatchObject({ ok: true });
    expect(await getColleagueReview()).toEqual({ enabled: true, activeModerators: 1, inForce: true });
    expect(await publishStoryAction(publication(storyId, "Ensam kvar"))).toMatchObject({ ok: false, message: "REVIEW_REQUIRED" });
    expect((await storyOf(storyId)).status).toBe("PENDING");
    expect(await settingLog("setting.colleague_review_held")).toEqual([
      { moderatorId: admin, before: { colleagueReviewHeld: false, activeModerators: 2 }, after: { colleagueReviewHeld: true, activeModerators: 1 } },
    ]);
    // Alone, the admin's request to switch off only waits: nobody else is there to approve it.
    expect(await setColleagueReviewAction({ colleagueReview: false })).toMatchObject({ ok: true, data: { offRequested: true } });
    expect((await getColleagueReview()).inForce).toBe(true);
    // Reactivating the colleague brings no gap either: review is in force throughout.
    expect(await updateModeratorAction({ moderatorId: moderator, active: true })).toMatchObject({ ok: true });
    expect((await getColleagueReview()).inForce).toBe(true);
    expect(await publishStoryAction(publication(storyId, "Ensam kvar"))).toMatchObject({ ok: false, message: "REVIEW_REQUIRED" });
  });

  it("leaves review out of force when it never was in force: a one-person service deactivating nobody it needs", async () => {
    await db.moderator.update({ where: { id: moderator }, data: { active: false } });
    const storyId = await send("En person");
    await as(admin);
    expect(await getColleagueReview()).toEqual({ enabled: true, activeModerators: 1, inForce: false });
    expect(await publishStoryAction(publication(storyId, "En person"))).toEqual({ ok: true, data: undefined });
  });

  it("refuses to clear a safety flag on a story a colleague has claimed, and keeps the flag", async () => {
    const storyId = await send("Oro för ett barn", { danger: ["CHILD_AT_RISK"] });
    await as(moderator);
    expect(await claimStoryAction({ storyId })).toMatchObject({ ok: true, data: { mine: true } });
    await as(admin);
    expect(await clearSafetyFlagAction({ storyId, flag: "CHILD_AT_RISK" })).toMatchObject({ ok: false, message: "CLAIMED" });
    expect(await storyOf(storyId)).toEqual({ status: "PENDING", urgent: true, safetyFlags: ["CHILD_AT_RISK"] });
    expect(await db.auditLog.count({ where: { targetId: storyId, action: "story.clear_safety_flag" } })).toBe(0);
    // An internal note is not a change to the story: a colleague may still leave one.
    expect(await addStoryNoteAction({ storyId, body: "Ring socialjouren om författaren hör av sig igen." })).toMatchObject({ ok: true });
    // The claim's holder clears it.
    await as(moderator);
    expect(await clearSafetyFlagAction({ storyId, flag: "CHILD_AT_RISK" })).toEqual({ ok: true, data: { changed: true } });
    expect(await storyOf(storyId)).toEqual({ status: "PENDING", urgent: false, safetyFlags: [] });
  });
});

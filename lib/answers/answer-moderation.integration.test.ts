// Moderators deciding organisations' answers and change marks, on a real database: publish, send
// back, reject, colleague review, the fast track and its take-down, the history of marks, a stale
// page, and a responder who tries a moderator's decision.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ChangeKind } from "@/generated/prisma/client";
import { markAnswerReviewedAction, publishAnswerAction, rejectAnswerAction, returnAnswerAction, takeDownAnswerAction } from "@/lib/actions/mod/answers";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { countQueue } from "@/lib/moderation/queue-counts";
import { createStory } from "@/lib/stories/create-story";
import { describeEachDatabase } from "@/test/db-harness";
import { MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, requireColleagueReview, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { approveAnswer, publishAnswer, rejectAnswer, returnAnswer, returnPreparedAnswer } from "./decide-answer";
import { publishChangeMark, rejectChangeMark } from "./decide-change-mark";
import { listAnswerQueue } from "./list-answer-queue";
import { markAnswerReviewed } from "./mark-reviewed";
import { takeDownAnswer } from "./take-down";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.21" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const answerBody = "Tack för att du berättar. Vi tar med oss det du skriver och ser över hur vi informerar om beslut. Hör gärna av dig till oss.";

// What a reader may see (lib/answers/answer-visibility.ts): a published answer, and its published
// marks, oldest first.
async function publicView(answerId: string) {
  const answer = await db.answer.findFirst({
    where: { id: answerId, status: "PUBLISHED", story: { status: "PUBLISHED" } },
    select: { body: true, marks: { where: { status: "PUBLISHED" }, orderBy: { createdAt: "asc" }, select: { kind: true, description: true } } },
  });
  return answer ? { body: answer.body, marks: answer.marks } : null;
}

describeEachDatabase("moderating organisations' answers", () => {
  let tagId: string;
  let first: string;
  let second: string;
  let organisationId: string;

  beforeAll(async () => {
    tagId = (await seedTagsAndTemplates()).tags[0].id;
    first = (await seedModerator("Första")).id;
    second = (await seedModerator("Andra")).id;
    organisationId = (await seedOrganisation({ name: "Socialtjänsten, Malmö stad, Individ och familj" })).id;
  });
  beforeEach(async () => {
    jar.clear();
    await allowSingleStepDecisions();
  });

  async function publishedStory(title = `Berättelse ${Math.random()}`) {
    const { storyId } = await createStory({ title, body: sampleBody, tagIds: [tagId], municipalityCode: MALMO, authorRole: "KLIENT" });
    await publishStory({ storyId, moderatorId: first, title, body: sampleBody, tagIds: [tagId], reply: { body: "Tack.", templateId: null } });
    return storyId;
  }

  // An answer as the organisation sends it, with marks waiting with it.
  async function waitingAnswer({ marks = [] as ChangeKind[], organisation = organisationId } = {}) {
    const storyId = await publishedStory();
    const answer = await db.answer.create({ data: { storyId, organisationId: organisation, body: answerBody } });
    for (const kind of marks) await addMark(answer.id, kind);
    return { storyId, answerId: answer.id };
  }

  async function addMark(answerId: string, kind: ChangeKind, status: "PENDING" | "PUBLISHED" = "PENDING") {
    const mark = await db.changeMark.create({
      data: { answerId, kind, description: `Steg: ${kind}`, markedOn: new Date("2026-11-02"), status, publishedAt: status === "PUBLISHED" ? new Date() : null },
    });
    // Distinct creation times, so the history's order is the order they were made in.
    await new Promise((resolve) => setTimeout(resolve, 5));
    return mark.id;
  }

  const answerRow = (answerId: string) => db.answer.findUniqueOrThrow({ where: { id: answerId } });
  const auditActions = async (targetId: string) => (await db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } })).map((row) => row.action);

  it("publishes an answer with the mark waiting with it, audited, and the moderator's publication counts as reviewed", async () => {
    const { answerId } = await waitingAnswer({ marks: ["LOOKING_INTO"] });
    expect(await publicView(answerId)).toBeNull();
    expect(await publishAnswer({ answerId, moderatorId: first, version: 1 })).toEqual({ outcome: "published" });
    const row = await answerRow(answerId);
    expect(row).toMatchObject({ status: "PUBLISHED", decidedById: first, version: 2 });
    expect(row.publishedAt).not.toBeNull();
    expect(row.reviewedAt).not.toBeNull();
    expect(await publicView(answerId)).toEqual({ body: answerBody, marks: [{ kind: "LOOKING_INTO", description: "Steg: LOOKING_INTO" }] });
    expect(await auditActions(answerId)).toEqual(["answer.publish"]);
    expect((await listAnswerQueue()).map((item) => item.answerId)).not.toContain(answerId);
  });

  it("sends an answer back to the organisation with a comment it reads on its answer; a send-back without a comment is refused", async () => {
    const { answerId } = await waitingAnswer();
    jar.set(cookieName, await logInCookie(first));
    const empty = await returnAnswerAction({ answerId, version: 1, comment: "  " });
    expect(empty).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { comment: ["commentTooShort"] } });
    await expect(returnAnswer({ answerId, moderatorId: first, version: 1, comment: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await returnAnswerAction({ answerId, version: 1, comment: "Skriv inte att personen är klient hos er." })).toMatchObject({ ok: true });
    expect(await answerRow(answerId)).toMatchObject({ status: "RETURNED", moderatorComment: "Skriv inte att personen är klient hos er.", decidedById: first });
    expect(await publicView(answerId)).toBeNull();
    expect(await auditActions(answerId)).toEqual(["answer.return"]);
  });

  it("rejects an answer with its reason, and the marks waiting with it; nothing becomes public", async () => {
    const { answerId } = await waitingAnswer({ marks: ["CHANGE_PLANNED"] });
    jar.set(cookieName, await logInCookie(first));
    expect(await rejectAnswerAction({ answerId, version: 1, comment: "Svaret hör inte till berättelsen." })).toMatchObject({ ok: true });
    expect(await answerRow(answerId)).toMatchObject({ status: "REJECTED", moderatorComment: "Svaret hör inte till berättelsen." });
    expect(await db.changeMark.findMany({ where: { answerId }, select: { status: true } })).toEqual([{ status: "REJECTED" }]);
    expect(await publicView(answerId)).toBeNull();
    // A rejected answer cannot be published afterwards.
    await expect(publishAnswer({ answerId, moderatorId: first, version: 2 })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  describe("with colleague review in force", () => {
    it("prepares instead of publishing; the preparer cannot approve their own; a colleague approves and it is public", async () => {
      const { answerId } = await waitingAnswer({ marks: ["LOOKING_INTO"] });
      await requireColleagueReview();
      expect(await publishAnswer({ answerId, moderatorId: first, version: 1 })).toEqual({ outcome: "prepared" });
      expect(await answerRow(answerId)).toMatchObject({ status: "AWAITING_REVIEW", preparedById: first, version: 2 });
      expect(await publicView(answerId)).toBeNull();
      const waiting = await listAnswerQueue({ view: "awaitingColleague" });
      expect(waiting.find((item) => item.answerId === answerId)).toMatchObject({ answer: "awaitingColleague", preparedBy: "Första", organisationName: "Socialtjänsten, Malmö stad, Individ och familj" });

      await expect(approveAnswer({ answerId, moderatorId: first, version: 2 })).rejects.toMatchObject({ code: "OWN_DECISION" });
      expect(await publicView(answerId)).toBeNull();
      await approveAnswer({ answerId, moderatorId: second, version: 2 });
      expect(await answerRow(answerId)).toMatchObject({ status: "PUBLISHED", decidedById: second });
      expect((await publicView(answerId))?.marks).toHaveLength(1);
      expect(await auditActions(answerId)).toEqual(["answer.prepare", "answer.approve"]);
    });

    it("a colleague sends a prepared publication back to the moderators with a comment in the history", async () => {
      const { answerId } = await waitingAnswer();
      await requireColleagueReview();
      await publishAnswer({ answerId, moderatorId: first, version: 1 });
      await returnPreparedAnswer({ answerId, moderatorId: second, version: 2, comment: "Läs sista meningen igen." });
      expect(await answerRow(answerId)).toMatchObject({ status: "PENDING", preparedById: null, version: 3 });
      const history = await db.auditLog.findMany({ where: { targetId: answerId }, orderBy: { createdAt: "asc" } });
      expect(history.map((row) => [row.action, row.reason])).toEqual([["answer.prepare", null], ["answer.return_prepared", "Läs sista meningen igen."]]);
    });
  });

  describe("the fast track", () => {
    // On the fast track the responder side publishes at once; seeded here as it would be stored.
    async function fastTracked() {
      const organisation = await seedOrganisation({ fastTrack: true });
      const storyId = await publishedStory();
      const answer = await db.answer.create({ data: { storyId, organisationId: organisation.id, body: answerBody, status: "PUBLISHED", publishedAt: new Date() } });
      return { storyId, answerId: answer.id, organisationId: organisation.id };
    }

    it("lists what was published at once for review afterwards, and a review takes it off the queue", async () => {
      const { answerId } = await fastTracked();
      expect((await listAnswerQueue()).find((item) => item.answerId === answerId)).toMatchObject({ answer: "publishedUnreviewed" });
      jar.set(cookieName, await logInCookie(first));
      expect(await markAnswerReviewedAction({ answerId, version: 1 })).toMatchObject({ ok: true });
      expect((await answerRow(answerId)).reviewedAt).not.toBeNull();
      expect((await listAnswerQueue()).map((item) => item.answerId)).not.toContain(answerId);
      expect(await publicView(answerId)).not.toBeNull();
      await expect(markAnswerReviewed({ answerId, moderatorId: second, version: 2 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    });

    it("a take-down removes the answer from readers, retires the story's keys and ends the organisation's fast track", async () => {
      const { storyId, answerId, organisationId: fastOrganisation } = await fastTracked();
      const retired: string[][] = [];
      const stop = publicCacheOf().observe((keys) => retired.push([...keys]));
      jar.set(cookieName, await logInCookie(second));
      try {
        expect(await takeDownAnswerAction({ answerId, version: 1, comment: "Svaret pekar ut en handläggare." })).toMatchObject({ ok: true, data: { fastTrackEnded: true } });
      } finally {
        stop();
      }
      expect(await answerRow(answerId)).toMatchObject({ status: "TAKEN_DOWN", moderatorComment: "Svaret pekar ut en handläggare." });
      expect(await publicView(answerId)).toBeNull();
      expect(await db.organisation.findUniqueOrThrow({ where: { id: fastOrganisation }, select: { fastTrack: true } })).toEqual({ fastTrack: false });
      expect(retired).toHaveLength(1);
      expect(retired[0]).toContain(`story:${storyId}`);
      expect(retired[0]).toContain(`list:kommun:${MALMO}`);
      expect(await auditActions(answerId)).toEqual(["answer.take_down"]);
      expect(await auditActions(fastOrganisation)).toEqual(["organisation.fast_track_end"]);
      // The next answer of that organisation waits for a moderator: it is no longer fast-tracked.
      await expect(takeDownAnswer({ answerId, moderatorId: second, version: 2, comment: "Igen." })).rejects.toMatchObject({ code: "INVALID_STATE" });
    });
  });

  it("keeps a history of change marks: three published in order, a rejected one never public", async () => {
    const { answerId } = await waitingAnswer({ marks: ["LOOKING_INTO"] });
    await publishAnswer({ answerId, moderatorId: first, version: 1 });
    const planned = await addMark(answerId, "CHANGE_PLANNED");
    const rejected = await addMark(answerId, "CHANGE_MADE");
    const made = await addMark(answerId, "CHANGE_MADE");
    expect((await listAnswerQueue()).find((item) => item.answerId === answerId)).toMatchObject({ answer: null, marks: { waiting: 3 } });
    expect(await publishChangeMark({ markId: planned, moderatorId: first, version: 1 })).toEqual({ outcome: "published" });
    await rejectChangeMark({ markId: rejected, moderatorId: first, version: 1, comment: "Beskrivningen nämner en person." });
    await publishChangeMark({ markId: made, moderatorId: first, version: 1 });
    expect((await publicView(answerId))?.marks.map((mark) => mark.kind)).toEqual(["LOOKING_INTO", "CHANGE_PLANNED", "CHANGE_MADE"]);
    expect(await db.changeMark.findUniqueOrThrow({ where: { id: rejected }, select: { status: true, moderatorComment: true } })).toEqual({ status: "REJECTED", moderatorComment: "Beskrivningen nämner en person." });
    expect((await listAnswerQueue()).map((item) => item.answerId)).not.toContain(answerId);
  });

  it("publishes a mark on its own only on a public answer", async () => {
    const { answerId } = await waitingAnswer();
    const mark = await addMark(answerId, "CHANGE_MADE");
    await expect(publishChangeMark({ markId: mark, moderatorId: first, version: 1 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.changeMark.findUniqueOrThrow({ where: { id: mark }, select: { status: true } })).toEqual({ status: "PENDING" });
  });

  it("refuses a decision on a version the page no longer shows, with the stale-version message", async () => {
    const { answerId } = await waitingAnswer();
    // The organisation changes its text after the moderator opened the page.
    await db.answer.update({ where: { id: answerId }, data: { body: `${answerBody} Ring oss på 040-34 10 00.`, version: { increment: 1 } } });
    jar.set(cookieName, await logInCookie(first));
    expect(await publishAnswerAction({ answerId, version: 1 })).toMatchObject({ ok: false, message: "STALE_VERSION" });
    await expect(rejectAnswer({ answerId, moderatorId: first, version: 1, comment: "Nej tack." })).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect(await answerRow(answerId)).toMatchObject({ status: "PENDING", version: 2 });
    expect(await auditActions(answerId)).toEqual([]);
  });

  it("counts an answer in the queue once, whatever waits in it, and not once it waits for the organisation", async () => {
    const before = (await countQueue()).answers;
    const { answerId } = await waitingAnswer({ marks: ["LOOKING_INTO", "CHANGE_PLANNED"] });
    expect((await countQueue()).answers).toBe(before + 1);
    await returnAnswer({ answerId, moderatorId: first, version: 1, comment: "Ändra formuleringen." });
    // Its marks still wait, but with the answer, which is now the organisation's to change.
    expect((await countQueue()).answers).toBe(before);
    expect((await listAnswerQueue()).map((item) => item.answerId)).not.toContain(answerId);
  });

  it("narrows the answers by their story's municipality, as the queue's filter does", async () => {
    const { answerId } = await waitingAnswer();
    expect((await listAnswerQueue({ municipalityCode: MALMO })).map((item) => item.answerId)).toContain(answerId);
    expect((await listAnswerQueue({ municipalityCode: "0180" })).map((item) => item.answerId)).not.toContain(answerId);
  });

  it("refuses a responder every decision, even on their own organisation's answer", async () => {
    const { answerId } = await waitingAnswer();
    const responder = await seedResponder(organisationId);
    jar.set(cookieName, await logInCookie(responder.id));
    expect(await publishAnswerAction({ answerId, version: 1 })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    expect(await markAnswerReviewedAction({ answerId, version: 1 })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    expect(await takeDownAnswerAction({ answerId, version: 1, comment: "Vi tar ned vårt eget svar." })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    expect(await answerRow(answerId)).toMatchObject({ status: "PENDING", version: 1 });
    await db.moderator.delete({ where: { id: responder.id } });
  });
});

// The one publication of an answer, shared by the fast track and a moderator's decision: the
// answer and the marks waiting with it become public together, the story's cache keys are
// retired, and an answer that moved on meanwhile (a new version, a decision, a withdrawn story)
// is refused rather than published.
import { beforeAll, expect, it } from "vitest";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { MALMO, seedOrganisation } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createPublishedStory } from "@/test/fixtures/story-fixtures";
import { publicAnswerWhere, publicMarkWhere } from "./answer-visibility";
import { applyAnswerPublication, applyMarkPublication } from "./publish-answer";

describeEachDatabase("applyAnswerPublication", () => {
  let moderatorId: string;
  let organisationId: string;
  let tagIds: string[];

  beforeAll(async () => {
    await truncateAll();
    await db.organisation.deleteMany();
    await allowSingleStepDecisions();
    tagIds = (await seedTagsAndTemplates()).tags.slice(0, 1).map(({ id }) => id);
    moderatorId = (await seedModerator()).id;
    organisationId = (await seedOrganisation({ municipalityCodes: [MALMO] })).id;
  });

  async function waitingAnswer() {
    const { storyId } = await createPublishedStory({ moderatorId, title: `Ett beslut ${Math.random().toString(36).slice(2, 8)}`, body: sampleBody, tagIds, municipalityCode: MALMO });
    const answer = await db.answer.create({ data: { storyId, organisationId, body: "Tack för att du berättar." }, select: { id: true } });
    const mark = await db.changeMark.create({ data: { answerId: answer.id, kind: "LOOKING_INTO", description: "Vi ser över rutinen.", markedOn: new Date() }, select: { id: true } });
    return { storyId, answerId: answer.id, markId: mark.id };
  }

  it("publishes a moderator's decision with the waiting marks, reviewed, and retires the story's keys", async () => {
    const { storyId, answerId, markId } = await waitingAnswer();
    const retired: string[][] = [];
    const stop = publicCacheOf().observe((keys) => retired.push([...keys]));
    const now = new Date();
    try {
      expect(await publicContentTransaction((tx) => applyAnswerPublication(tx, { answerId, now, moderatorId, version: 1 }))).toEqual({ storyId, organisationId, markIds: [markId] });
    } finally {
      stop();
    }
    expect(await db.answer.findUniqueOrThrow({ where: { id: answerId } })).toMatchObject({ status: "PUBLISHED", publishedAt: now, decidedAt: now, decidedById: moderatorId, reviewedAt: now });
    expect(await db.changeMark.count({ where: { id: markId, ...publicMarkWhere } })).toBe(1);
    expect(retired).toHaveLength(1);
    expect(retired[0]).toContain(`story:${storyId}`);
    expect(retired[0]).toContain(`list:kommun:${MALMO}`);
  });

  it("refuses an answer whose version moved on, one already decided, and one on a withdrawn story", async () => {
    const stale = await waitingAnswer();
    await expect(publicContentTransaction((tx) => applyAnswerPublication(tx, { answerId: stale.answerId, now: new Date(), moderatorId, version: 2 }))).rejects.toMatchObject({ code: "INVALID_STATE" });

    const decided = await waitingAnswer();
    await db.answer.update({ where: { id: decided.answerId }, data: { status: "REJECTED" } });
    await expect(publicContentTransaction((tx) => applyAnswerPublication(tx, { answerId: decided.answerId, now: new Date(), moderatorId: null }))).rejects.toMatchObject({ code: "INVALID_STATE" });

    const withdrawn = await waitingAnswer();
    await db.story.update({ where: { id: withdrawn.storyId }, data: { status: "WITHDRAWN" } });
    await expect(publicContentTransaction((tx) => applyAnswerPublication(tx, { answerId: withdrawn.answerId, now: new Date(), moderatorId }))).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.answer.count({ where: { id: { in: [stale.answerId, decided.answerId, withdrawn.answerId] }, ...publicAnswerWhere } })).toBe(0);
    expect(await db.changeMark.count({ where: { answerId: { in: [stale.answerId, decided.answerId, withdrawn.answerId] }, status: "PUBLISHED" } })).toBe(0);
  });

  it("publishes a later mark only on a public answer", async () => {
    const { answerId, markId } = await waitingAnswer();
    await expect(publicContentTransaction((tx) => applyMarkPublication(tx, { markId, now: new Date(), moderatorId }))).rejects.toMatchObject({ code: "INVALID_STATE" });
    await publicContentTransaction((tx) => applyAnswerPublication(tx, { answerId, now: new Date(), moderatorId }));
    const later = await db.changeMark.create({ data: { answerId, kind: "CHANGE_MADE", description: "Rutinen är ändrad.", markedOn: new Date() }, select: { id: true } });
    await publicContentTransaction((tx) => applyMarkPublication(tx, { markId: later.id, now: new Date(), moderatorId: null }));
    expect(await db.changeMark.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: "PUBLISHED", reviewedAt: null, decidedById: null });
  });
});

// The responder's side of answers, on a real database: what an organisation may answer (only
// published stories in its municipalities, whatever the form sends), the detector on the server
// (also against the Unicode disguises stories are protected from), one answer per organisation,
// a send-back and a resubmission, change marks and their days, the fast track, and the audit.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { addChangeMarkAction, editAnswerAction, editChangeMarkAction, submitAnswerAction } from "@/lib/actions/svar/answers";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { LUND, MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { makeIdentityNumber } from "@/test/fixtures/personal-data-helpers";
import { allowSingleStepDecisions, sampleBody, seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createPublishedStory } from "@/test/fixtures/story-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { publicAnswerWhere, publicMarkWhere } from "./answer-visibility";
import { getStoryForResponder } from "./get-story-for-responder";
import { listStoriesToAnswer } from "./list-stories-to-answer";
import { toPublicDate } from "@/lib/stories/public-date";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.9" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const goodAnswer =
  "Tack för att du har berättat om det här. Vi tar det på allvar och ser över hur vi informerar om beslut. Du är välkommen att kontakta oss.";
const PERSONNUMMER = makeIdentityNumber("811218", "987");
const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

const today = () => toPublicDate(new Date());
const daysFromToday = (days: number) => toPublicDate(new Date(Date.now() + days * 86_400_000));

describeEachDatabase("answers from a responder", () => {
  let moderatorId: string;
  let tagIds: string[];
  let malmo: { id: string };
  let lund: { id: string };
  let malmoResponder: { id: string };
  let lundResponder: { id: string };

  const logIn = async (responder: { id: string }) => jar.set(cookieName, await logInCookie(responder.id));
  const publish = async (municipalityCode: string | null, title = `Ett beslut jag inte förstod ${Math.random().toString(36).slice(2, 8)}`) =>
    (await createPublishedStory({ moderatorId, title, body: sampleBody, tagIds, municipalityCode })).storyId;
  const answersTo = (storyId: string) => db.answer.findMany({ where: { storyId } });

  beforeAll(async () => {
    await truncateAll();
    await db.organisation.deleteMany();
    await allowSingleStepDecisions();
    tagIds = (await seedTagsAndTemplates()).tags.slice(0, 1).map(({ id }) => id);
    moderatorId = (await seedModerator()).id;
    malmo = await seedOrganisation({ municipalityCodes: [MALMO] });
    lund = await seedOrganisation({ municipalityCodes: [LUND], emailDomains: ["lund.se"] });
    malmoResponder = await seedResponder(malmo.id);
    lundResponder = await seedResponder(lund.id, { email: `svar-${Date.now()}@lund.se` });
  });

  beforeEach(async () => {
    await db.organisation.updateMany({ data: { fastTrack: false } });
    await logIn(malmoResponder);
  });

  it("refuses a story outside the organisation's municipalities, whatever the form sends, and writes nothing", async () => {
    const lundStory = await publish(LUND);
    const result = await submitAnswerAction({ storyId: lundStory, body: goodAnswer });
    expect(result).toMatchObject({ ok: false, message: "NOT_FOUND" });
    expect(await answersTo(lundStory)).toEqual([]);
    expect(await db.auditLog.count({ where: { targetType: "answer" } })).toBe(0);
    // Nor can it be read, by id, from the responder's page.
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    expect(await getStoryForResponder(organisation, lundStory)).toBeNull();
  });

  it("refuses a moderator the responders' actions, before reading the input", async () => {
    const storyId = await publish(MALMO);
    await logIn({ id: moderatorId });
    expect(await submitAnswerAction({ storyId, body: goodAnswer })).toMatchObject({ ok: false, message: "FORBIDDEN" });
    expect(await answersTo(storyId)).toEqual([]);
  });

  it("refuses a Lund responder on a Malmö story", async () => {
    const malmoStory = await publish(MALMO);
    await logIn(lundResponder);
    expect(await submitAnswerAction({ storyId: malmoStory, body: goodAnswer })).toMatchObject({ ok: false, message: "NOT_FOUND" });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: lund.id } });
    expect(await getStoryForResponder(organisation, malmoStory)).toBeNull();
    expect(await answersTo(malmoStory)).toEqual([]);
  });

  it("refuses a story without a municipality", async () => {
    const nowhere = await publish(null);
    expect(await submitAnswerAction({ storyId: nowhere, body: goodAnswer })).toMatchObject({ ok: false, message: "NOT_FOUND" });
    expect(await answersTo(nowhere)).toEqual([]);
  });

  it("gives a responder nothing of a pending story read by id, and refuses an answer to it", async () => {
    const pending = await seedPendingStory({ tagIds });
    await db.story.update({ where: { id: pending }, data: { municipalityCode: MALMO } });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    expect(await getStoryForResponder(organisation, pending)).toBeNull();
    expect(await submitAnswerAction({ storyId: pending, body: goodAnswer })).toMatchObject({ ok: false, message: "NOT_FOUND" });
    expect(await answersTo(pending)).toEqual([]);
  });

  it("shows the responder only what a reader sees of the story", async () => {
    const storyId = await publish(MALMO);
    await db.story.update({ where: { id: storyId }, data: { originalBody: "ORIGINALTEXT", safetyFlags: ["SUICIDE"] } });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    const found = await getStoryForResponder(organisation, storyId);
    expect(found?.story.id).toBe(storyId);
    expect(found?.replies).toHaveLength(1);
    const serialised = JSON.stringify(found);
    expect(serialised).not.toContain("ORIGINALTEXT");
    expect(serialised).not.toContain("SUICIDE");
    expect(serialised).not.toContain("receipt");
  });

  it.each([
    ["a social worker by name", "Tack för att du berättar. Handläggaren Anna Svensson har nu fått del av det du skriver om beslutet."],
    ["a social worker by first name", "Tack för att du berättar. Socialsekreterare Maria kommer att se över hur beslutet förklarades för dig."],
    ["a personnummer with a zero-width space", `Tack för att du berättar. Vi har sett ärendet för ${PERSONNUMMER.slice(0, 6)}\u200B-${PERSONNUMMER.slice(6)} och tittar på det.`],
    ["a personnummer in full-width digits", `Tack för att du berättar. Vi har sett ärendet för ${fullWidth(PERSONNUMMER.slice(0, 6))}\uFF0D${fullWidth(PERSONNUMMER.slice(6))} och tittar på det.`],
    ["a name with a Cyrillic homoglyph", "Tack för att du berättar. Handläggaren \u0410nna Sv\u0435nsson har nu fått del av det du skriver om beslutet."],
    ["a name split by a zero-width space", "Tack för att du berättar. Handläggaren An\u200Bna Svensson har nu fått del av det du skriver om beslutet."],
    ["a phone number with a non-breaking hyphen", "Tack för att du berättar. Ring gärna handläggaren direkt på 070\u2011123 45 67 så pratar vi om beslutet."],
  ])("refuses an answer naming %s beside the field, and stores nothing", async (_what, body) => {
    const storyId = await publish(MALMO);
    const result = await submitAnswerAction({ storyId, body });
    expect(result).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { body: ["personalData"] } });
    expect(await answersTo(storyId)).toEqual([]);
  });

  it("takes an answer that names no one: it waits for the moderators, under the organisation, audited", async () => {
    const storyId = await publish(MALMO);
    const result = await submitAnswerAction({ storyId, body: `${goodAnswer}\u200B` });
    expect(result).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const [answer] = await answersTo(storyId);
    expect(answer).toMatchObject({ organisationId: malmo.id, status: "PENDING", version: 1, body: goodAnswer, publishedAt: null });
    expect(await db.answer.count({ where: { storyId, ...publicAnswerWhere } })).toBe(0);
    const audit = await db.auditLog.findMany({ where: { targetId: answer.id } });
    expect(audit).toMatchObject([{ action: "answer.submit", targetType: "answer", moderatorId: malmoResponder.id }]);
    expect(JSON.stringify(audit)).not.toContain(goodAnswer);
  });

  it("refuses a second answer from the same organisation: it edits the one it has", async () => {
    const storyId = await publish(MALMO);
    expect((await submitAnswerAction({ storyId, body: goodAnswer })).ok).toBe(true);
    const colleague = await seedResponder(malmo.id);
    await logIn(colleague);
    expect(await submitAnswerAction({ storyId, body: `${goodAnswer} Igen.` })).toMatchObject({ ok: false, message: "CONFLICT" });
    expect(await answersTo(storyId)).toHaveLength(1);
  });

  it("after a send-back, takes the edited answer as a new version that waits again", async () => {
    const storyId = await publish(MALMO);
    await submitAnswerAction({ storyId, body: goodAnswer });
    const [answer] = await answersTo(storyId);
    // What a moderator's send-back leaves (the moderator's side writes it).
    await db.answer.update({ where: { id: answer.id }, data: { status: "RETURNED", moderatorComment: "Skriv i vi-form." } });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    expect((await getStoryForResponder(organisation, storyId))?.answer).toMatchObject({ status: "RETURNED", moderatorComment: "Skriv i vi-form." });

    expect(await editAnswerAction({ answerId: answer.id, version: 1, body: "Handläggaren Anna Svensson tackar för att du berättat och ser över rutinen." })).toMatchObject({
      ok: false,
      fieldErrors: { body: ["personalData"] },
    });
    const edited = `${goodAnswer} Vi återkommer här.`;
    expect(await editAnswerAction({ answerId: answer.id, version: 1, body: edited })).toMatchObject({ ok: true, data: { status: "PENDING", version: 2 } });
    expect(await db.answer.findUniqueOrThrow({ where: { id: answer.id } })).toMatchObject({ status: "PENDING", version: 2, body: edited });
    // A form loaded before that change is refused rather than overwriting it.
    expect(await editAnswerAction({ answerId: answer.id, version: 1, body: goodAnswer })).toMatchObject({ ok: false, message: "STALE_VERSION" });
    expect((await db.auditLog.findMany({ where: { targetId: answer.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action)).toEqual([
      "answer.submit",
      "answer.resubmit",
    ]);
  });

  it("refuses an edit of another organisation's answer", async () => {
    const storyId = await publish(MALMO);
    await submitAnswerAction({ storyId, body: goodAnswer });
    const [answer] = await answersTo(storyId);
    const other = await seedOrganisation({ municipalityCodes: [MALMO] });
    await logIn(await seedResponder(other.id));
    expect(await editAnswerAction({ answerId: answer.id, version: 1, body: `${goodAnswer} Ändrat.` })).toMatchObject({ ok: false, message: "NOT_FOUND" });
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Vi har ändrat rutinen för beslut.", markedOn: today() })).toMatchObject({
      ok: false,
      message: "NOT_FOUND",
    });
    expect(await db.changeMark.count({ where: { answerId: answer.id } })).toBe(0);
    expect((await db.answer.findUniqueOrThrow({ where: { id: answer.id } })).body).toBe(goodAnswer);
  });

  it("keeps a mark's history in the order of its days, and refuses a day in the future or before the story", async () => {
    const storyId = await publish(MALMO);
    const submitted = await submitAnswerAction({
      storyId,
      body: goodAnswer,
      markKind: "LOOKING_INTO",
      markDescription: "Vi ser över hur beslut förklaras.",
      markedOn: today(),
    });
    expect(submitted.ok).toBe(true);
    const [answer] = await answersTo(storyId);

    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Rutinen för beslut är ändrad.", markedOn: daysFromToday(1) })).toMatchObject({
      ok: false,
      fieldErrors: { markedOn: ["markedOnFuture"] },
    });
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Rutinen för beslut är ändrad.", markedOn: daysFromToday(-30) })).toMatchObject({
      ok: false,
      fieldErrors: { markedOn: ["markedOnBeforeStory"] },
    });
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Handläggaren Anna Svensson har bytt rutin.", markedOn: today() })).toMatchObject({
      ok: false,
      fieldErrors: { description: ["personalData"] },
    });
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_PLANNED", description: "Vi planerar en ny rutin för beslut.", markedOn: today() })).toMatchObject({
      ok: true,
      data: { status: "PENDING" },
    });
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Den nya rutinen gäller nu.", markedOn: today() })).toMatchObject({ ok: true });

    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    const marks = (await getStoryForResponder(organisation, storyId))?.answer?.marks ?? [];
    expect(marks.map((mark) => [mark.kind, mark.status])).toEqual([
      ["LOOKING_INTO", "PENDING"],
      ["CHANGE_PLANNED", "PENDING"],
      ["CHANGE_MADE", "PENDING"],
    ]);
    expect(await db.auditLog.count({ where: { targetType: "changeMark", action: "change_mark.add" } })).toBeGreaterThanOrEqual(3);
  });

  it("after a mark's send-back, takes the changed mark as a new version, only from its own organisation", async () => {
    const storyId = await publish(MALMO);
    await submitAnswerAction({ storyId, body: goodAnswer, markKind: "CHANGE_PLANNED", markDescription: "Vi planerar en ny rutin.", markedOn: today() });
    const [answer] = await answersTo(storyId);
    const mark = await db.changeMark.findFirstOrThrow({ where: { answerId: answer.id } });
    await db.changeMark.update({ where: { id: mark.id }, data: { status: "RETURNED", moderatorComment: "Beskriv vad som ändras." } });
    const edit = { markId: mark.id, version: 1, kind: "CHANGE_PLANNED", description: "Vi planerar att förklara beslut vid ett möte.", markedOn: today() };

    const other = await seedOrganisation({ municipalityCodes: [MALMO] });
    await logIn(await seedResponder(other.id));
    expect(await editChangeMarkAction(edit)).toMatchObject({ ok: false, message: "NOT_FOUND" });
    await logIn(malmoResponder);
    expect(await editChangeMarkAction({ ...edit, markedOn: daysFromToday(-30) })).toMatchObject({ ok: false, fieldErrors: { markedOn: ["markedOnBeforeStory"] } });
    expect(await editChangeMarkAction(edit)).toMatchObject({ ok: true, data: { status: "PENDING", version: 2 } });
    expect(await db.changeMark.findUniqueOrThrow({ where: { id: mark.id } })).toMatchObject({ status: "PENDING", version: 2, description: edit.description });
    expect(await editChangeMarkAction(edit)).toMatchObject({ ok: false, message: "STALE_VERSION" });
    expect((await db.auditLog.findMany({ where: { targetId: mark.id }, orderBy: { createdAt: "asc" } })).map((row) => row.action)).toEqual(["change_mark.add", "change_mark.resubmit"]);
  });

  it("on the fast track, publishes at once, unreviewed, with its marks, and retires the story's cache keys", async () => {
    const storyId = await publish(MALMO);
    await db.organisation.update({ where: { id: malmo.id }, data: { fastTrack: true } });
    const retired: string[][] = [];
    const stop = publicCacheOf().observe((keys) => retired.push([...keys]));
    let result;
    try {
      result = await submitAnswerAction({ storyId, body: goodAnswer, markKind: "CHANGE_PLANNED", markDescription: "Vi planerar en ny rutin.", markedOn: today() });
    } finally {
      stop();
    }
    expect(result).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    const [answer] = await answersTo(storyId);
    expect(answer).toMatchObject({ status: "PUBLISHED", reviewedAt: null, decidedById: null });
    expect(answer.publishedAt).toBeInstanceOf(Date);
    expect(await db.changeMark.count({ where: { answerId: answer.id, ...publicMarkWhere } })).toBe(1);
    const tag = await db.tag.findUniqueOrThrow({ where: { id: tagIds[0] } });
    expect(retired).toEqual([[`list:all`, `list:kommun:${MALMO}`, `list:tag:${tag.slug}`, `story:${storyId}`].sort()]);

    // A later mark on the public answer is public at once too.
    expect(await addChangeMarkAction({ answerId: answer.id, kind: "CHANGE_MADE", description: "Den nya rutinen gäller nu.", markedOn: today() })).toMatchObject({
      ok: true,
      data: { status: "PUBLISHED" },
    });
    expect(await db.changeMark.count({ where: { answerId: answer.id, ...publicMarkWhere } })).toBe(2);
  });

  it("a waiting answer retires no cache entry", async () => {
    const storyId = await publish(MALMO);
    const retired: string[][] = [];
    const stop = publicCacheOf().observe((keys) => retired.push([...keys]));
    try {
      expect((await submitAnswerAction({ storyId, body: goodAnswer })).ok).toBe(true);
    } finally {
      stop();
    }
    expect(retired).toEqual([]);
  });

  it("lists the organisation's stories, unanswered first, then the oldest", async () => {
    await db.answer.deleteMany();
    await db.story.deleteMany();
    const base = Date.now() - 10 * 86_400_000;
    const ids: string[] = [];
    for (const [index, code] of [MALMO, MALMO, LUND, MALMO, null].entries()) {
      ids.push((await createPublishedStory({ moderatorId, title: `Berättelse nummer ${index}`, body: sampleBody, tagIds, municipalityCode: code, now: new Date(base + index * 86_400_000) })).storyId);
    }
    await submitAnswerAction({ storyId: ids[0], body: goodAnswer });
    const organisation = await db.organisation.findUniqueOrThrow({ where: { id: malmo.id } });
    const page = await listStoriesToAnswer({ organisation, page: 1, pageSize: 2 });
    expect(page).toMatchObject({ total: 3, unanswered: 2, totalPages: 2 });
    expect(page.items.map((item) => [item.id, item.answer?.status ?? null])).toEqual([
      [ids[1], null],
      [ids[3], null],
    ]);
    const second = await listStoriesToAnswer({ organisation, page: 2, pageSize: 2 });
    expect(second.items.map((item) => [item.id, item.answer?.status ?? null])).toEqual([[ids[0], "PENDING"]]);
  });
});

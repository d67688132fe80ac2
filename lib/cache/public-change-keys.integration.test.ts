// Runs every domain write once and checks the content keys it announced (lib/cache/content-keys.ts):
// none for a write no reader can see, exactly the keys of what changed for one they can. On
// PostgreSQL the NOTIFY the write committed must carry the same keys. Every file the guard's
// scan finds (test/guard/public-writers.ts) must be classified below, so a new writer fails
// here until someone has said what it touches.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, currentDbHandle } from "@/lib/db";
import { approveAnswer, publishAnswer, rejectAnswer, returnAnswer, returnPreparedAnswer } from "@/lib/answers/decide-answer";
import { approveChangeMark, publishChangeMark, rejectChangeMark } from "@/lib/answers/decide-change-mark";
import { takeDownAnswer, takeDownChangeMark } from "@/lib/answers/take-down";
import { approveComment } from "@/lib/comments/approve-comment";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { createComment } from "@/lib/comments/create-comment";
import { rejectComment } from "@/lib/comments/reject-comment";
import { claimStory, takeOverStory } from "@/lib/moderation/claims";
import { clearSafetyFlag } from "@/lib/moderation/clear-safety-flag";
import { approveStoryDecision, prepareStoryDecision, returnStoryDecision } from "@/lib/moderation/colleague-review";
import { editStory } from "@/lib/moderation/edit-story";
import { saveHandover } from "@/lib/moderation/handover";
import { publishStory } from "@/lib/moderation/publish-story";
import { rejectStory } from "@/lib/moderation/reject-story";
import { approveReplyAmendment, prepareReplyAmendment, returnReplyAmendment, submitReplyAmendment } from "@/lib/moderation/reply-amendments";
import { addStoryNote } from "@/lib/moderation/story-notes";
import { amendReply } from "@/lib/replies/amend-reply";
import { createFact } from "@/lib/facts/create-fact";
import { updateFact } from "@/lib/facts/update-fact";
import { eraseExpiredOriginals } from "@/lib/retention/erase-expired-originals";
import { eraseExpiredStories } from "@/lib/retention/erase-expired-stories";
import { seedBaseContent, seedDemoStories } from "@/lib/seed/seed-database";
import { createStory } from "@/lib/stories/create-story";
import { editStoryByAuthor } from "@/lib/stories/edit-story-by-author";
import { eraseStoryByAuthor } from "@/lib/stories/erase-story-by-author";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { setOrganisationActive } from "@/lib/organisations/set-organisation-active";
import { updateOrganisation } from "@/lib/organisations/update-organisation";
import { createTag } from "@/lib/tags/create-tag";
import { deleteTag } from "@/lib/tags/delete-tag";
import { updateTag } from "@/lib/tags/update-tag";
import { describeEachDatabase } from "@/test/db-harness";
import { seedOrganisation } from "@/test/fixtures/organisation-fixtures";
import { allowSingleStepDecisions, requireColleagueReview, sampleBody, seedModerator } from "@/test/fixtures/review-fixtures";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { publicWriters } from "@/test/guard/public-writers";
import { PUBLIC_CHANGE_CHANNEL, parsePublicChangePayload } from "./listen-for-public-changes";
import { publicCacheOf } from "./public-cache";

const MUNICIPALITY = "0180";

// Files the scan finds that are not run as a write of their own here, and why.
const coveredElsewhere: Record<string, string> = {
  "lib/moderation/apply-story-edit.ts": "replaceStoryTags, run by editStory, prepareStoryDecision and publishStory",
  "lib/stories/erase-story.ts": "eraseStory, run by eraseStoryByAuthor and eraseExpiredStories",
  "lib/seed/bulk/seed-bulk.ts": "the bulk load of npm run seed:bulk, which announces * (announcePublicChange)",
  "lib/answers/publish-answer.ts": "applyAnswerPublication, run by publishAnswer and approveAnswer",
  // A responder's writes: waiting answers and marks name no keys (lib/answers/answers.integration.test.ts,
  // "a waiting answer retires no cache entry"); on the fast track they publish through
  // applyAnswerPublication or applyMarkPublication, which name the story's keys.
  "lib/answers/submit-answer.ts": "submitAnswer: waiting, or applyAnswerPublication on the fast track",
  "lib/answers/edit-answer.ts": "editAnswer and resubmitAnswer: waiting, or applyAnswerPublication on the fast track",
  "lib/answers/add-change-mark.ts": "addChangeMark: waiting, or applyMarkPublication on the fast track",
  "lib/answers/edit-change-mark.ts": "editChangeMark: waiting, or applyMarkPublication on the fast track",
  "lib/seed/seed-demo-organisation.ts": "the demo's Malmö organisation, once on a fresh demo database, which announces * (announcePublicChange)",
  "lib/seed/seed-tag-translations.ts": "seedTagTranslations, run only by seedBaseContent, which announces * (announcePublicChange) after it",
};

type Case = { file: string; name: string; run: () => Promise<void> };

describeEachDatabase("the keys each domain write announces", (kind) => {
  let tag: { id: string; slug: string };
  let first: string;
  let second: string;
  let listener: pg.Client | undefined;
  const heard: string[] = [];
  let markers = 0;

  beforeAll(async () => {
    first = (await seedModerator("Första")).id;
    second = (await seedModerator("Andra")).id;
    await waitUntilCacheServes();
    const handle = currentDbHandle();
    if (handle.config.kind === "postgres") {
      listener = new pg.Client({ connectionString: handle.config.url });
      await listener.connect();
      listener.on("notification", (message) => heard.push(`${message.channel}\u0000${message.payload ?? ""}`));
      await listener.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}; LISTEN keys_test_marker`);
    }
  });
  afterAll(async () => {
    await listener?.end();
  });

  // Every notification committed before the marker has arrived once the marker has: PostgreSQL
  // delivers them in commit order.
  async function notifiedSince(from: number): Promise<string[][]> {
    if (!listener) return [];
    markers += 1;
    const marker = `keys_test_marker\u0000${markers}`;
    await listener.query(`NOTIFY keys_test_marker, '${markers}'`);
    while (!heard.includes(marker)) await new Promise((resolve) => setTimeout(resolve, 10));
    const ownId = publicCacheOf().id;
    return heard
      .slice(from)
      .filter((line) => line.startsWith(`${PUBLIC_CHANGE_CHANNEL}\u0000`))
      .map((line) => parsePublicChangePayload(line.slice(PUBLIC_CHANGE_CHANNEL.length + 1)))
      .filter((change) => change.from === ownId)
      .map((change) => [...change.keys]);
  }

  // What a write retired here and announced to the other instances: one list of keys per change.
  async function announcedBy(write: () => Promise<unknown>): Promise<string[][]> {
    // What earlier writes announced may still be on its way.
    await notifiedSince(heard.length);
    const local: string[][] = [];
    const stop = publicCacheOf().observe((keys) => local.push([...keys]));
    const from = heard.length;
    try {
      await write();
    } finally {
      stop();
    }
    if (kind === "postgres") expect(await notifiedSince(from), "the NOTIFY carries what was retired here").toEqual(local);
    return local;
  }

  // Runs the write and expects exactly these keys, or nothing at all for null.
  async function expectAnnounced(expected: string[] | null, write: () => Promise<unknown>) {
    const announced = await announcedBy(write);
    expect(announced).toEqual(expected === null ? [] : [[...expected].sort()]);
  }

  const keysOf = (storyId: string) => [`story:${storyId}`, "list:all", `list:tag:${tag.slug}`, `list:kommun:${MUNICIPALITY}`].sort();

  async function pending(title = `Väntar ${Math.random()}`) {
    return createStory({ title, body: sampleBody, tagIds: [tag.id], municipalityCode: MUNICIPALITY, authorRole: "KLIENT" });
  }
  async function published() {
    await allowSingleStepDecisions();
    const story = await pending();
    const { replyId } = await publishStory({ storyId: story.storyId, moderatorId: first, title: "Publicerad", body: sampleBody, tagIds: [tag.id], reply: { body: "Tack.", templateId: null } });
    return { ...story, replyId };
  }
  async function awaitingReview(decision: "PUBLISH" | "REJECT") {
    await requireColleagueReview();
    const { storyId } = await pending();
    await prepareStoryDecision({
      storyId,
      moderatorId: first,
      decision: decision === "PUBLISH" ? { kind: "PUBLISH", edit: { title: "Förberedd", body: sampleBody, tagIds: [tag.id] }, reply: { body: "Tack.", templateId: null } } : { kind: "REJECT", reason: "Inte här." },
    });
    return storyId;
  }

  // An organisation's answer to a published story, waiting for a moderator.
  async function waitingAnswer() {
    const { storyId } = await published();
    const { id: organisationId } = await seedOrganisation();
    const { id: answerId } = await db.answer.create({ data: { storyId, organisationId, body: "Tack för att du berättar." } });
    return { storyId, answerId };
  }
  const waitingMark = async (answerId: string) =>
    (await db.changeMark.create({ data: { answerId, kind: "CHANGE_PLANNED", description: "Vi ser över rutinen.", markedOn: new Date("2026-11-02") } })).id;

  // Each case sets up what it needs and checks each write it makes with expectAnnounced.
  const cases: Case[] = [
    {
      file: "lib/seed/seed-database.ts",
      name: "seedBaseContent, then seedDemoStories into an empty database",
      run: async () => {
        await expectAnnounced(["*"], () => seedBaseContent(db));
        await expectAnnounced(["*"], () => seedDemoStories(db));
        tag = await db.tag.findFirstOrThrow({ orderBy: { slug: "asc" }, select: { id: true, slug: true } });
      },
    },
    { file: "lib/stories/create-story.ts", name: "createStory", run: () => expectAnnounced(null, () => pending()) },
    {
      file: "lib/comments/create-comment.ts",
      name: "createComment",
      run: async () => {
        const { storyId } = await published();
        await expectAnnounced(null, () => createComment({ storyId, body: "En kommentar som väntar på granskning." }));
      },
    },
    {
      file: "lib/comments/create-author-comment.ts",
      name: "createAuthorComment",
      run: async () => {
        const { receiptToken } = await published();
        await expectAnnounced(null, () => createAuthorComment({ token: receiptToken, body: "Berättaren lägger till något." }));
      },
    },
    {
      file: "lib/comments/decide-comment.ts",
      name: "approveComment, then rejectComment",
      run: async () => {
        const { storyId } = await published();
        const { commentId } = await createComment({ storyId, body: "En kommentar som godkänns." });
        await expectAnnounced(keysOf(storyId), () => approveComment({ commentId, moderatorId: first }));
        const rejected = await createComment({ storyId, body: "En kommentar som avslås." });
        await expectAnnounced(null, () => rejectComment({ commentId: rejected.commentId, moderatorId: first, reason: "Nej." }));
      },
    },
    {
      file: "lib/moderation/claims.ts",
      name: "claimStory, then takeOverStory",
      run: async () => {
        const { storyId } = await pending();
        await expectAnnounced(null, () => claimStory({ storyId, moderatorId: first }));
        await expectAnnounced(null, () => takeOverStory({ storyId, moderatorId: second }));
      },
    },
    {
      file: "lib/moderation/clear-safety-flag.ts",
      name: "clearSafetyFlag on a pending story",
      run: async () => {
        const { storyId } = await pending();
        await db.story.update({ where: { id: storyId }, data: { safetyFlags: ["VIOLENCE"], urgent: true } });
        await expectAnnounced(null, () => clearSafetyFlag({ storyId, moderatorId: first, flag: "VIOLENCE" }));
      },
    },
    {
      file: "lib/moderation/edit-story.ts",
      name: "editStory of a pending story",
      run: async () => {
        const { storyId } = await pending();
        await expectAnnounced(null, () => editStory({ storyId, moderatorId: first, title: "Redigerad titel", body: sampleBody, tagIds: [tag.id] }));
      },
    },
    {
      file: "lib/moderation/publish-story.ts",
      name: "publishStory",
      run: async () => {
        await allowSingleStepDecisions();
        const { storyId } = await pending();
        await expectAnnounced(keysOf(storyId), () =>
          publishStory({ storyId, moderatorId: first, title: "Publiceras", body: sampleBody, tagIds: [tag.id], reply: { body: "Tack.", templateId: null } }),
        );
      },
    },
    {
      file: "lib/moderation/reject-story.ts",
      name: "rejectStory",
      run: async () => {
        await allowSingleStepDecisions();
        const { storyId } = await pending();
        await expectAnnounced(null, () => rejectStory({ storyId, moderatorId: first, reason: "Passar inte." }));
      },
    },
    {
      file: "lib/moderation/colleague-review.ts",
      name: "prepare, return and approve a publication; approve a rejection",
      run: async () => {
        await requireColleagueReview();
        const { storyId } = await pending();
        await expectAnnounced(null, () =>
          prepareStoryDecision({ storyId, moderatorId: first, decision: { kind: "PUBLISH", edit: { title: "Förberedd", body: sampleBody, tagIds: [tag.id] }, reply: { body: "Tack.", templateId: null } } }),
        );
        await expectAnnounced(null, () => returnStoryDecision({ storyId, moderatorId: second, comment: "Ändra rubriken." }));
        const toPublish = await awaitingReview("PUBLISH");
        await expectAnnounced(keysOf(toPublish), () => approveStoryDecision({ storyId: toPublish, moderatorId: second }));
        const toReject = await awaitingReview("REJECT");
        await expectAnnounced(null, () => approveStoryDecision({ storyId: toReject, moderatorId: second }));
        await allowSingleStepDecisions();
      },
    },
    {
      file: "lib/replies/amend-reply.ts",
      name: "amendReply",
      run: async () => {
        const { storyId, replyId } = await published();
        await expectAnnounced(keysOf(storyId), () => amendReply({ replyId, moderatorId: first, body: "Ett rättat svar." }));
      },
    },
    {
      file: "lib/moderation/reply-amendments.ts",
      name: "submit alone; submit, return, prepare and approve with a colleague",
      run: async () => {
        const { storyId, replyId } = await published();
        await expectAnnounced(keysOf(storyId), () => submitReplyAmendment({ replyId, moderatorId: first, body: "Rättat på en gång." }));
        await requireColleagueReview();
        await expectAnnounced(null, () => submitReplyAmendment({ replyId, moderatorId: first, body: "Rättas av en kollega." }));
        const waiting = await db.replyAmendment.findUniqueOrThrow({ where: { replyId } });
        await expectAnnounced(null, () => returnReplyAmendment({ replyId, moderatorId: second, version: waiting.version, comment: "Inte så." }));
        await expectAnnounced(null, () => prepareReplyAmendment({ replyId, moderatorId: first, body: "Rättas av en kollega, igen." }));
        const again = await db.replyAmendment.findUniqueOrThrow({ where: { replyId } });
        await expectAnnounced(keysOf(storyId), () => approveReplyAmendment({ replyId, moderatorId: second, version: again.version }));
        await allowSingleStepDecisions();
      },
    },
    {
      file: "lib/answers/decide-answer.ts",
      name: "publish alone; prepare, return and approve with a colleague; send back and reject",
      run: async () => {
        const alone = await waitingAnswer();
        await expectAnnounced(keysOf(alone.storyId), () => publishAnswer({ answerId: alone.answerId, moderatorId: first, version: 1 }));
        const reviewed = await waitingAnswer();
        await requireColleagueReview();
        await expectAnnounced(null, () => publishAnswer({ answerId: reviewed.answerId, moderatorId: first, version: 1 }));
        await expectAnnounced(null, () => returnPreparedAnswer({ answerId: reviewed.answerId, moderatorId: second, version: 2, comment: "Inte än." }));
        await expectAnnounced(null, () => publishAnswer({ answerId: reviewed.answerId, moderatorId: first, version: 3 }));
        await expectAnnounced(keysOf(reviewed.storyId), () => approveAnswer({ answerId: reviewed.answerId, moderatorId: second, version: 4 }));
        await allowSingleStepDecisions();
        const returned = await waitingAnswer();
        await expectAnnounced(null, () => returnAnswer({ answerId: returned.answerId, moderatorId: first, version: 1, comment: "Ändra svaret." }));
        const rejected = await waitingAnswer();
        await expectAnnounced(null, () => rejectAnswer({ answerId: rejected.answerId, moderatorId: first, version: 1, comment: "Inte ett svar." }));
      },
    },
    {
      file: "lib/answers/decide-change-mark.ts",
      name: "publish a mark alone; prepare and approve one; reject one",
      run: async () => {
        const { storyId, answerId } = await waitingAnswer();
        await publishAnswer({ answerId, moderatorId: first, version: 1 });
        const alone = await waitingMark(answerId);
        await expectAnnounced(keysOf(storyId), () => publishChangeMark({ markId: alone, moderatorId: first, version: 1 }));
        const reviewed = await waitingMark(answerId);
        await requireColleagueReview();
        await expectAnnounced(null, () => publishChangeMark({ markId: reviewed, moderatorId: first, version: 1 }));
        await expectAnnounced(keysOf(storyId), () => approveChangeMark({ markId: reviewed, moderatorId: second, version: 2 }));
        await allowSingleStepDecisions();
        const rejected = await waitingMark(answerId);
        await expectAnnounced(null, () => rejectChangeMark({ markId: rejected, moderatorId: first, version: 1, comment: "Nämner en person." }));
      },
    },
    {
      file: "lib/answers/take-down.ts",
      name: "take down a published mark, then its answer; a mark of an answer taken down",
      run: async () => {
        const { storyId, answerId } = await waitingAnswer();
        const first_ = await waitingMark(answerId);
        const second_ = await waitingMark(answerId);
        await publishAnswer({ answerId, moderatorId: first, version: 1 });
        await expectAnnounced(keysOf(storyId), () => takeDownChangeMark({ markId: first_, moderatorId: first, version: 1, comment: "Stämmer inte." }));
        await expectAnnounced(keysOf(storyId), () => takeDownAnswer({ answerId, moderatorId: first, version: 2, comment: "Pekar ut en person." }));
        await expectAnnounced(null, () => takeDownChangeMark({ markId: second_, moderatorId: first, version: 1, comment: "Följer svaret." }));
      },
    },
    {
      file: "lib/retention/erase-expired-originals.ts",
      name: "eraseExpiredOriginals",
      run: async () => {
        await published();
        const future = new Date(Date.now() + 400 * 86_400_000);
        await expectAnnounced(null, () => eraseExpiredOriginals({ originalTextDays: 1, now: future }));
      },
    },
    {
      file: "lib/retention/erase-expired-stories.ts",
      name: "eraseExpiredStories of rejected and withdrawn stories",
      run: async () => {
        await allowSingleStepDecisions();
        const rejected = await pending();
        await rejectStory({ storyId: rejected.storyId, moderatorId: first, reason: "Passar inte." });
        const withdrawnPending = await pending();
        await withdrawStory({ token: withdrawnPending.receiptToken });
        const withdrawnPublished = await published();
        await withdrawStory({ token: withdrawnPublished.receiptToken });
        const future = new Date(Date.now() + 400 * 86_400_000);
        await expectAnnounced(null, () => eraseExpiredStories({ rejectedDays: 1, withdrawnDays: 1, now: future }));
        expect(await db.story.count({ where: { id: { in: [rejected.storyId, withdrawnPending.storyId, withdrawnPublished.storyId] } } })).toBe(0);
      },
    },
    {
      file: "lib/stories/edit-story-by-author.ts",
      name: "editStoryByAuthor of a pending story",
      run: async () => {
        const { receiptToken } = await pending();
        await expectAnnounced(null, () => editStoryByAuthor({ token: receiptToken, title: "Författaren ändrar", body: sampleBody }));
      },
    },
    {
      file: "lib/stories/withdraw-story.ts",
      name: "withdrawStory, pending and published",
      run: async () => {
        const waiting = await pending();
        await expectAnnounced(null, () => withdrawStory({ token: waiting.receiptToken }));
        const { storyId, receiptToken } = await published();
        await expectAnnounced(keysOf(storyId), () => withdrawStory({ token: receiptToken }));
        await expectAnnounced(null, () => withdrawStory({ token: receiptToken }));
      },
    },
    {
      file: "lib/stories/erase-story-by-author.ts",
      name: "eraseStoryByAuthor, pending, withdrawn and published",
      run: async () => {
        const waiting = await pending();
        await expectAnnounced(null, () => eraseStoryByAuthor({ token: waiting.receiptToken }));
        const withdrawn = await published();
        await withdrawStory({ token: withdrawn.receiptToken });
        await expectAnnounced(null, () => eraseStoryByAuthor({ token: withdrawn.receiptToken }));
        const { storyId, receiptToken } = await published();
        await expectAnnounced(keysOf(storyId), () => eraseStoryByAuthor({ token: receiptToken }));
      },
    },
    {
      file: "lib/tags/create-tag.ts",
      name: "createTag, updateTag, deleteTag",
      run: async () => {
        let tagId = "";
        await expectAnnounced(["tags"], async () => ({ tagId } = await createTag({ moderatorId: first, name: "Nytt tema", description: "Om något nytt." })));
        await expectAnnounced(["tags"], () => updateTag({ tagId, moderatorId: first, name: "Nytt tema", description: "Om något annat." }));
        await expectAnnounced(null, () => updateTag({ tagId, moderatorId: first, name: "Nytt tema", description: "Om något annat." }));
        await expectAnnounced(["tags"], () => deleteTag({ tagId, moderatorId: first }));
      },
    },
    { file: "lib/tags/update-tag.ts", name: "updateTag (with createTag)", run: async () => {} },
    { file: "lib/tags/delete-tag.ts", name: "deleteTag (with createTag)", run: async () => {} },
    {
      file: "lib/moderation/story-notes.ts",
      name: "addStoryNote",
      run: async () => {
        const { storyId } = await pending();
        await expectAnnounced(null, () => addStoryNote({ storyId, moderatorId: first, body: "En intern anteckning." }));
      },
    },
    {
      file: "lib/organisations/create-organisation.ts",
      name: "createOrganisation, updateOrganisation, setOrganisationActive",
      run: async () => {
        const values = { name: "Socialtjänsten, Malmö stad", municipalityCodes: ["1280"], emailDomains: ["malmo.se"], contactEmail: "kontakt@malmo.se" };
        let organisationId = "";
        await expectAnnounced(["organisations", "list:kommun:1280"], async () => ({ id: organisationId } = await createOrganisation({ actorId: first, ...values })));
        // Leaving Malmö for Lund changes both municipalities' pages.
        await expectAnnounced(["organisations", "list:kommun:1280", "list:kommun:1281"], () =>
          updateOrganisation({ actorId: first, organisationId, ...values, municipalityCodes: ["1281"] }),
        );
        await expectAnnounced(null, () => updateOrganisation({ actorId: first, organisationId, ...values, municipalityCodes: ["1281"] }));
        await expectAnnounced(["organisations", "list:kommun:1281"], () => setOrganisationActive({ actorId: first, organisationId, active: false }));
        await expectAnnounced(null, () => setOrganisationActive({ actorId: first, organisationId, active: false }));
      },
    },
    { file: "lib/organisations/update-organisation.ts", name: "updateOrganisation (with createOrganisation)", run: async () => {} },
    { file: "lib/organisations/set-organisation-active.ts", name: "setOrganisationActive (with createOrganisation)", run: async () => {} },
    {
      file: "lib/facts/create-fact.ts",
      name: "createFact, updateFact (the guide and the municipality pages show facts)",
      run: async () => {
        const fact = { label: "Ett nytt faktum", value: "1", sourceUrl: "https://www.ivo.se/", owner: "Moderatorerna" };
        let factId = "";
        await expectAnnounced(["facts"], async () => ({ id: factId } = await createFact({ moderatorId: first, key: "nytt-faktum", ...fact })));
        await expectAnnounced(["facts"], () => updateFact({ factId, moderatorId: first, ...fact, valueFi: "yksi" }));
        await expectAnnounced(null, () => updateFact({ factId, moderatorId: first, ...fact, valueFi: "yksi" }));
      },
    },
    { file: "lib/facts/update-fact.ts", name: "updateFact (with createFact)", run: async () => {} },
    {
      file: "lib/moderation/handover.ts",
      name: "saveHandover",
      run: () => expectAnnounced(null, () => saveHandover({ moderatorId: first, body: "Till nästa pass." })),
    },
  ];

  describe("every write", () => {
    // In order: the first case seeds the themes the others use.
    it.each(cases.map((entry) => [`${entry.file}: ${entry.name}`, entry] as const))("%s", async (_, entry) => {
      await entry.run();
    });
  });

  it("covers every file that writes what readers see", () => {
    const classified = new Set([...cases.map((entry) => entry.file), ...Object.keys(coveredElsewhere)]);
    expect(publicWriters.filter((file) => !classified.has(file))).toEqual([]);
  });
});

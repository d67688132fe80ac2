import { NextRequest } from "next/server";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { GET as getApiStory } from "@/app/api/v1/stories/[id]/route";
import { GET as listApiStories } from "@/app/api/v1/stories/route";
import { contentKeys, loadStoryKeys } from "@/lib/cache/content-keys";
import { markTouched, publicContentTransaction } from "@/lib/cache/public-change";
import { db } from "@/lib/db";
import { countPublicStories } from "@/lib/stories/count-public-stories";
import { getStoryByReceipt } from "@/lib/stories/get-story-by-receipt";
import { listStories } from "@/lib/stories/list-stories";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { seedAnswer } from "@/test/fixtures/reader-answer-fixtures";
import { allowSingleStepDecisions, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { countsBothWays, createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { readPublishedStory, readStories, readStoryVoices } from "@/lib/reader/public-reads";

// Each read is counted per source by a keyed hash (lib/rate-limit/refuse-over-api-limit.ts), which
// needs the server secret.
process.env.NEXTAUTH_SECRET ??= "api-read-test-secret-0123456789abcdef";

// Words that must never reach a reader: answers and marks that are not public, and the person
// who wrote the published one.
const hiddenWords = ["VÄNTANDESVAR", "AVVISATSVAR", "NEDTAGETSVAR", "GRANSKASSVAR", "RETURNERADMARKERING", "VÄNTANDEMARKERING"];

const apiStory = async (id: string) =>
  (await getApiStory(new Request("http://localhost"), { params: Promise.resolve({ id }) })).json();
const apiList = async (query: string) => listApiStories(new NextRequest(`http://localhost/api/v1/stories${query}`));
const titles = (page: { stories: { title: string }[] }) => page.stories.map((story) => story.title).sort();

describeEachDatabase("what readers and authors see of organisations' answers", () => {
  let moderatorId: string;
  let tags: { id: string; slug: string }[];
  let responder: { id: string; email: string };

  beforeAll(async () => {
    tags = (await seedTagsAndTemplates()).tags;
    moderatorId = (await seedModerator()).id;
    // A responder is a row of the moderators' table; single-step decisions keep these tests about readers.
    await allowSingleStepDecisions();
  });
  beforeEach(() => waitUntilCacheServes());

  it("shows only the public answer and its public marks, under the organisation's name and never a person's", async () => {
    const story = await createPublishedStory({ moderatorId, title: "Om ett möte", body: filler, tagIds: [tags[0].id], municipalityCode: MALMO });
    const organisation = await seedOrganisation({ name: "Socialtjänsten, Malmö stad, Individ och familj" });
    responder = await seedResponder(organisation.id, { email: "anna.svarsperson@malmo.se" });
    const responderName = (await db.moderator.findUniqueOrThrow({ where: { id: responder.id } })).name;
    await seedAnswer({
      storyId: story.storyId,
      organisationId: organisation.id,
      writtenById: responder.id,
      body: "Tack för att du berättar. Vi ser över hur vi tar emot besök.",
      status: "PUBLISHED",
      marks: [
        { kind: "CHANGE_MADE", description: "Nya rutiner för mottagningen", markedOn: "2026-11-20", status: "PUBLISHED" },
        { kind: "LOOKING_INTO", description: "Vi går igenom ärendet", markedOn: "2026-11-10", status: "PUBLISHED" },
        { kind: "CHANGE_PLANNED", description: "RETURNERADMARKERING", markedOn: "2026-11-12", status: "RETURNED" },
        { kind: "CHANGE_PLANNED", description: "VÄNTANDEMARKERING", markedOn: "2026-11-13", status: "PENDING" },
      ],
    });
    for (const [status, body] of [
      ["PENDING", "VÄNTANDESVAR"],
      ["REJECTED", "AVVISATSVAR"],
      ["TAKEN_DOWN", "NEDTAGETSVAR"],
      ["AWAITING_REVIEW", "GRANSKASSVAR"],
    ] as const) {
      const other = await seedOrganisation();
      await seedAnswer({
        storyId: story.storyId,
        organisationId: other.id,
        writtenById: responder.id,
        body,
        status,
        // A published mark on an answer that is not public stays hidden with its answer.
        marks: [{ kind: "CHANGE_MADE", description: `${body} märkt`, markedOn: "2026-11-11", status: "PUBLISHED" }],
      });
    }

    const expected = [
      {
        organisation: { name: "Socialtjänsten, Malmö stad, Individ och familj", contactEmail: expect.stringMatching(/@malmo\.se$/) },
        body: "Tack för att du berättar. Vi ser över hur vi tar emot besök.",
        publishedAt: "2026-11-15",
        marks: [
          { kind: "LOOKING_INTO", description: "Vi går igenom ärendet", date: "2026-11-10" },
          { kind: "CHANGE_MADE", description: "Nya rutiner för mottagningen", date: "2026-11-20" },
        ],
      },
    ];
    const page = await readPublishedStory({ id: story.storyId });
    expect(page?.answers).toEqual(expected);
    const api = await apiStory(story.storyId);
    expect(api.story.answers).toEqual(expected);
    const listed = await (await apiList("?besvarade=1")).json();
    expect(listed.stories.map((s: { id: string }) => s.id)).toEqual([story.storyId]);
    expect(listed.stories[0].answers).toEqual(expected);
    const receipt = await getStoryByReceipt({ token: story.receiptToken });
    expect(receipt?.answers.map((answer) => answer.body)).toEqual([expected[0].body]);

    for (const shown of [JSON.stringify(page), JSON.stringify(api), JSON.stringify(listed), JSON.stringify(receipt)]) {
      for (const word of [...hiddenWords, responderName, responder.email, "anna.svarsperson", responder.id]) expect(shown).not.toContain(word);
    }
  });

  it("lists answered stories and each voice with exact counts, as answers and stories come and go", async () => {
    await db.$executeRawUnsafe(`DELETE FROM "Story"`);
    const organisation = await seedOrganisation();
    const theme = tags[1];
    const make = (title: string, authorRole: "PERSONAL" | "KLIENT" | "ANHORIG" | "ANNAN" | null, municipalityCode: string | null = MALMO) =>
      createPublishedStory({ moderatorId, title, body: filler, tagIds: [theme.id], municipalityCode, authorRole });
    const staff = await make("Personalens", "PERSONAL");
    const client = await make("Klientens", "KLIENT");
    await make("Anhörigas", "ANHORIG", null);
    await make("Annans", "ANNAN");
    await make("Okänd", null);

    const expectCounts = async () => {
      const { truth, kept } = await countsBothWays();
      expect(kept).toEqual(truth);
    };
    const list = (filter: Parameters<typeof listStories>[0]) => listStories(filter);
    await expectCounts();
    expect(titles(await list({ filter: { voice: "personal" } }))).toEqual(["Personalens"]);
    expect(titles(await list({ filter: { voice: "klienter" } }))).toEqual(["Anhörigas", "Klientens"]);
    expect((await list({ filter: { voice: "klienter" } })).total).toBe(2);
    expect((await list({ filter: { answered: true } })).total).toBe(0);
    expect(await readStoryVoices({ tagSlug: theme.slug })).toEqual({ all: 5, klienter: 2, personal: 1 });

    const answer = await seedAnswer({ storyId: client.storyId, organisationId: organisation.id, body: "Tack.", status: "PENDING" });
    await expectCounts();
    expect((await list({ filter: { answered: true } })).total).toBe(0);

    await db.answer.update({ where: { id: answer.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
    await expectCounts();
    expect(titles(await list({ filter: { answered: true } }))).toEqual(["Klientens"]);
    expect((await list({ filter: { answered: true, voice: "klienter", tagSlug: theme.slug, municipalityCode: MALMO } })).total).toBe(1);
    expect(await countPublicStories({ answered: true, voice: "personal" })).toBe(0);
    expect(titles(await list({ filter: { answered: true }, search: "berätta" }))).toEqual(["Klientens"]);
    expect(titles(await list({ filter: { voice: "personal" }, search: "berätta" }))).toEqual(["Personalens"]);

    await seedAnswer({ storyId: staff.storyId, organisationId: organisation.id, body: "Tack.", status: "PUBLISHED" });
    await expectCounts();
    expect(await countPublicStories({ answered: true, voice: "personal", tagId: theme.id })).toBe(1);

    await db.answer.update({ where: { id: answer.id }, data: { status: "TAKEN_DOWN", takenDownAt: new Date() } });
    await expectCounts();
    expect(titles(await list({ filter: { answered: true } }))).toEqual(["Personalens"]);

    await withdrawStory({ token: staff.receiptToken });
    await expectCounts();
    expect((await list({ filter: { answered: true } })).total).toBe(0);
    expect((await list({ filter: { voice: "personal" } })).total).toBe(0);

    await db.answer.deleteMany({});
    await db.$executeRawUnsafe(`UPDATE "Story" SET "authorRole" = 'PERSONAL' WHERE title = 'Okänd'`);
    await expectCounts();
    expect(titles(await list({ filter: { voice: "personal" } }))).toEqual(["Okänd"]);
  });

  it("retires the cached story page and answered list when an answer is published", async () => {
    const story = await createPublishedStory({ moderatorId, title: "Cachad", body: filler, tagIds: [tags[0].id], municipalityCode: MALMO });
    const organisation = await seedOrganisation();
    expect((await readPublishedStory({ id: story.storyId }))?.answers).toEqual([]);
    const before = (await readStories({ filter: { answered: true } })).total;

    // Written past the domain functions: the cache keeps serving what it had.
    await seedAnswer({ storyId: story.storyId, organisationId: organisation.id, body: "Ett svar i cachen.", status: "PUBLISHED" });
    expect((await readPublishedStory({ id: story.storyId }))?.answers).toEqual([]);
    expect((await readStories({ filter: { answered: true } })).total).toBe(before);

    // A change that names other content leaves the story page as it was.
    await publicContentTransaction(async (tx) => markTouched(tx, [contentKeys.settings()]));
    expect((await readPublishedStory({ id: story.storyId }))?.answers).toEqual([]);

    // The publication names the story's keys, as publishing an answer does.
    await publicContentTransaction(async (tx) => markTouched(tx, await loadStoryKeys(tx, story.storyId)));
    expect((await readPublishedStory({ id: story.storyId }))?.answers.map((answer) => answer.body)).toEqual(["Ett svar i cachen."]);
    expect((await readStories({ filter: { answered: true } })).total).toBe(before + 1);
  });

  it("filters the API by besvarade and av, and refuses other values in Swedish", async () => {
    const answered = await (await apiList("?besvarade=1&av=klienter")).json();
    expect(answered.stories.map((s: { title: string }) => s.title)).toEqual(["Cachad"]);
    expect(answered.total).toBe(1);
    for (const query of ["?besvarade=2", "?besvarade=ja", "?av=alla", "?av=PERSONAL"]) {
      const response = await apiList(query);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(Object.values(body.error.fields ?? {}).join(" ")).toMatch(/Värdet kan bara vara/);
    }
  });
});

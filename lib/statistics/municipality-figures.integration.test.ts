import { expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { LUND, MALMO, seedOrganisation } from "@/test/fixtures/organisation-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { getMunicipalityFigures } from "./municipality-figures";

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-15T12:00:00Z");
const hidden = { suppressed: true };
const shown = (value: number) => ({ suppressed: false, value });

type Answer = { days: number; status?: "PUBLISHED" | "PENDING" | "TAKEN_DOWN"; marks?: { kind: "LOOKING_INTO" | "CHANGE_PLANNED" | "CHANGE_MADE"; status?: "PUBLISHED" | "PENDING" }[] };

async function story(options: { publishedAt: string; municipalityCode?: string; status?: "PUBLISHED" | "WITHDRAWN"; answer?: Answer; organisationId: string; second?: { organisationId: string; days: number } }) {
  const publishedAt = new Date(options.publishedAt);
  const created = await db.story.create({
    data: {
      status: options.status ?? "PUBLISHED",
      title: "En berättelse",
      body: "Text",
      municipalityCode: options.municipalityCode ?? MALMO,
      receiptTokenHash: createReceiptToken().tokenHash,
      publishedAt,
      decidedAt: publishedAt,
      withdrawnAt: options.status === "WITHDRAWN" ? publishedAt : null,
    },
  });
  const answers = [
    ...(options.answer ? [{ ...options.answer, organisationId: options.organisationId }] : []),
    ...(options.second ? [{ days: options.second.days, organisationId: options.second.organisationId }] : []),
  ];
  for (const answer of answers) {
    const status = "status" in answer && answer.status ? answer.status : "PUBLISHED";
    const answeredAt = new Date(publishedAt.getTime() + answer.days * DAY_MS);
    const row = await db.answer.create({
      data: {
        storyId: created.id,
        organisationId: answer.organisationId,
        body: "Tack för att du berättar.",
        status,
        submittedAt: answeredAt,
        publishedAt: status === "PENDING" ? null : answeredAt,
        takenDownAt: status === "TAKEN_DOWN" ? answeredAt : null,
      },
    });
    for (const mark of ("marks" in answer ? answer.marks : undefined) ?? []) {
      await db.changeMark.create({
        data: { answerId: row.id, kind: mark.kind, description: "Vi ändrar rutinen.", markedOn: answeredAt, status: mark.status ?? "PUBLISHED", publishedAt: answeredAt },
      });
    }
  }
  return created.id;
}

describeEachDatabase("municipality figures", () => {
  it("counts full months after the organisation joined, exactly, and suppresses small ones", async () => {
    const organisation = await seedOrganisation({ municipalityCodes: [MALMO], createdAt: new Date("2026-01-20T09:00:00Z") });
    const other = await seedOrganisation({ municipalityCodes: [MALMO, LUND], createdAt: new Date("2026-03-01T09:00:00Z") });
    const organisationId = organisation.id;

    // January: before the first full month after joining; never shown, never counted.
    for (let i = 0; i < 6; i += 1) await story({ publishedAt: "2026-01-25T10:00:00Z", organisationId, answer: { days: 1 } });

    // March: eight stories, five with a public answer after 1, 2, 3, 4 and 10 days. The first
    // is published 00:30 on 1 March in Stockholm, still February in UTC.
    await story({ publishedAt: "2026-02-28T23:30:00Z", organisationId, answer: { days: 1, marks: [{ kind: "LOOKING_INTO" }, { kind: "CHANGE_MADE" }] } });
    await story({ publishedAt: "2026-03-10T10:00:00Z", organisationId, answer: { days: 2, marks: [{ kind: "CHANGE_PLANNED" }] } });
    await story({ publishedAt: "2026-03-10T10:00:00Z", organisationId, answer: { days: 3, marks: [{ kind: "LOOKING_INTO" }] } });
    await story({ publishedAt: "2026-03-10T10:00:00Z", organisationId, answer: { days: 4, marks: [{ kind: "CHANGE_MADE", status: "PENDING" }] } });
    // A second organisation's later answer does not move the first answer's day.
    await story({ publishedAt: "2026-03-10T10:00:00Z", organisationId, answer: { days: 10 }, second: { organisationId: other.id, days: 12 } });
    await story({ publishedAt: "2026-03-11T10:00:00Z", organisationId, answer: { days: 1, status: "PENDING", marks: [{ kind: "CHANGE_MADE", status: "PENDING" }] } });
    await story({ publishedAt: "2026-03-12T10:00:00Z", organisationId, answer: { days: 1, status: "TAKEN_DOWN" } });
    await story({ publishedAt: "2026-03-13T10:00:00Z", organisationId });
    // Not counted: withdrawn, and another municipality.
    await story({ publishedAt: "2026-03-14T10:00:00Z", organisationId, status: "WITHDRAWN", answer: { days: 1 } });
    await story({ publishedAt: "2026-03-14T10:00:00Z", organisationId: other.id, municipalityCode: LUND, answer: { days: 1 } });

    // April: a small month, three stories, all answered with a change; the first is 00:30 on
    // 1 April in Stockholm (summer time), still March in UTC.
    await story({ publishedAt: "2026-03-31T22:30:00Z", organisationId, answer: { days: 7, marks: [{ kind: "CHANGE_MADE" }] } });
    await story({ publishedAt: "2026-04-10T10:00:00Z", organisationId, answer: { days: 7, marks: [{ kind: "CHANGE_PLANNED" }] } });
    await story({ publishedAt: "2026-04-20T10:00:00Z", organisationId, answer: { days: 7, marks: [{ kind: "CHANGE_MADE" }] } });

    // May: four stories, all answered: a whole share, but of four stories.
    for (let i = 0; i < 4; i += 1) await story({ publishedAt: "2026-05-05T10:00:00Z", organisationId, answer: { days: 8 } });

    // June: the current month, not ended.
    for (let i = 0; i < 6; i += 1) await story({ publishedAt: "2026-06-02T10:00:00Z", organisationId, answer: { days: 1 } });

    const figures = await getMunicipalityFigures({ municipalityCode: MALMO, now });
    expect(figures?.firstMonth).toBe("2026-02");
    expect(figures?.months.map((month) => month.month)).toEqual(["2026-02", "2026-03", "2026-04", "2026-05"]);
    const [february, march, april, may] = figures!.months;
    expect(february).toEqual({ month: "2026-02", published: hidden, answeredShare: hidden, medianDaysToAnswer: hidden, changeShare: hidden });
    // Five of eight answered leaves three unanswered, and two of five changed: both shares would
    // give a number below five away beside the count, so only the count and the median show.
    expect(march).toEqual({ month: "2026-03", published: shown(8), answeredShare: hidden, medianDaysToAnswer: shown(3), changeShare: hidden });
    expect(april).toEqual({ month: "2026-04", published: hidden, answeredShare: hidden, medianDaysToAnswer: hidden, changeShare: hidden });
    expect(may).toEqual({ month: "2026-05", published: hidden, answeredShare: hidden, medianDaysToAnswer: hidden, changeShare: hidden });

    // February to May: 15 stories, 12 of them answered. The sum is withheld whole: 15 minus
    // March's 8 would tell the hidden months' 7, and so on for every figure.
    expect(figures?.lastTwelve).toEqual({
      from: "2026-02", to: "2026-05", withheld: true,
      published: hidden, answeredShare: hidden, medianDaysToAnswer: hidden, changeShare: hidden,
    });
  });

  it("shows the period's sum when every month in it is shown", async () => {
    const organisation = await seedOrganisation({ municipalityCodes: ["1281"], createdAt: new Date("2026-03-20T09:00:00Z") });
    // April and May, ten stories each: five answered after 2 days (one of them with a change
    // made), five not.
    for (const day of ["2026-04-08T10:00:00Z", "2026-05-08T10:00:00Z"]) {
      for (let i = 0; i < 5; i += 1) await story({ publishedAt: day, municipalityCode: "1281", organisationId: organisation.id, answer: { days: 2, marks: i === 0 ? [{ kind: "CHANGE_MADE" }] : [] } });
      for (let i = 0; i < 5; i += 1) await story({ publishedAt: day, municipalityCode: "1281", organisationId: organisation.id });
    }
    const figures = await getMunicipalityFigures({ municipalityCode: "1281", now });
    expect(figures?.months.map((month) => [month.month, month.published, month.answeredShare])).toEqual([
      ["2026-04", shown(10), shown(0.5)],
      ["2026-05", shown(10), shown(0.5)],
    ]);
    // Two changes of ten answered: a share that would tell "two", hidden.
    expect(figures?.lastTwelve).toEqual({
      from: "2026-04", to: "2026-05", withheld: false,
      published: shown(20), answeredShare: shown(0.5), medianDaysToAnswer: shown(2), changeShare: hidden,
    });
  });

  it("suppresses everything in a small municipality", async () => {
    const organisation = await seedOrganisation({ municipalityCodes: ["0114"], createdAt: new Date("2025-01-10T09:00:00Z") });
    for (let i = 0; i < 3; i += 1) {
      await story({ publishedAt: "2026-03-10T10:00:00Z", municipalityCode: "0114", organisationId: organisation.id, answer: { days: 2, marks: [{ kind: "CHANGE_MADE" }] } });
    }
    const figures = await getMunicipalityFigures({ municipalityCode: "0114", now });
    expect(figures?.months).toHaveLength(16);
    for (const set of [...figures!.months, figures!.lastTwelve!]) {
      expect([set.published, set.answeredShare, set.medianDaysToAnswer, set.changeShare]).toEqual([hidden, hidden, hidden, hidden]);
    }
    expect(figures?.lastTwelve).toMatchObject({ from: "2025-06", to: "2026-05" });
  });

  it("has no figures without an organisation, and no months before its first full one ends", async () => {
    expect(await getMunicipalityFigures({ municipalityCode: "2584", now })).toBeNull();
    await seedOrganisation({ municipalityCodes: ["2584"], createdAt: new Date("2026-05-02T09:00:00Z") });
    expect(await getMunicipalityFigures({ municipalityCode: "2584", now })).toEqual({ firstMonth: "2026-06", months: [], lastTwelve: null });
  });
});

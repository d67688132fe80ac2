// The statistics page's figures, its CSV and /api/v1/statistics, from one set of stories: the
// small municipality is hidden everywhere and no sum of shown cells gives it away.
import { parse } from "csv-parse/sync";
import { expect, it } from "vitest";
import { GET as getStatisticsApi } from "@/app/api/v1/statistics/route";
import { GET as getStatisticsCsv } from "./statistik.csv/route";
import { currentDbHandle, db } from "@/lib/db";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { readOpenStatistics } from "@/lib/reader/public-reads";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { getOpenStatistics } from "@/lib/statistics/get-open-statistics";
import { addMonths, label, monthOf, monthStart } from "@/lib/statistics/municipality-figures";
import { statisticsResponseSchema } from "@/lib/statistics/open-statistics-schema";

// The API counts its reads per source by the keyed hash, which needs the secret.
process.env.NEXTAUTH_SECRET ??= "statistics-test-secret-0123456789abcdef";
process.env.RATE_LIMIT_API_PER_MINUTE = "100000";

const DAY_MS = 24 * 60 * 60 * 1000;
const MALMO = "1280";
const LUND = "1281";
// Upplands Väsby: the small municipality, three stories in the period.
const SMALL = "0114";
const hidden = { suppressed: true };

// The middle of the month `back` months before the current one, in Stockholm.
const inMonth = (back: number, hours = 0) => new Date(monthStart(addMonths(monthOf(new Date()), -back)).getTime() + 10 * DAY_MS + hours * 3_600_000);

async function story(options: { publishedAt: Date; municipalityCode: string | null; tagIds: string[]; replyAt?: Date; daysToPublish?: number }) {
  const receipt = createReceiptToken();
  const created = await db.story.create({
    data: {
      status: "PUBLISHED",
      title: "En berättelse",
      body: "Text",
      municipalityCode: options.municipalityCode,
      receiptTokenHash: receipt.tokenHash,
      createdAt: new Date(options.publishedAt.getTime() - (options.daysToPublish ?? 2) * DAY_MS),
      publishedAt: options.publishedAt,
      decidedAt: options.publishedAt,
      tags: { create: options.tagIds.map((tagId) => ({ tagId })) },
    },
  });
  if (options.replyAt) await db.reply.create({ data: { storyId: created.id, body: "Tack för att du berättar.", publishedAt: options.replyAt } });
  return receipt.token;
}

// Each case starts from no stories and no themes: the figures are of the whole database. The
// deletion is no public change the app makes, so the cached reads are retired by hand.
async function reset() {
  await db.story.deleteMany();
  await db.tag.deleteMany();
  publicCacheOf(currentDbHandle()).invalidate();
}

// Every number the page, the CSV and the API show, as text: the small municipality's 3 must be
// in none of them, nor be the difference of a shown total and shown cells.
async function seed() {
  await reset();
  const common = await db.tag.create({ data: { slug: "vanligt-tema", name: "Vanligt tema" } });
  const rare = await db.tag.create({ data: { slug: "ovanligt-tema", name: "Ovanligt tema" } });
  const tokens: string[] = [];
  // Malmö: six stories in each of the twelve months, half with a published moderator reply.
  for (let back = 1; back <= 12; back += 1) {
    for (let i = 0; i < 6; i += 1) {
      tokens.push(await story({ publishedAt: inMonth(back, i), municipalityCode: MALMO, tagIds: [common.id], replyAt: i % 2 === 0 ? inMonth(back, i + 1) : undefined, daysToPublish: i + 2 }));
    }
  }
  // Lund: six stories in one month. Väsby: three, on the rare theme, all replied.
  for (let i = 0; i < 6; i += 1) await story({ publishedAt: inMonth(3, i), municipalityCode: LUND, tagIds: [common.id] });
  for (let i = 0; i < 3; i += 1) await story({ publishedAt: inMonth(2, i), municipalityCode: SMALL, tagIds: [rare.id], replyAt: inMonth(2, i + 1) });
  // The current month: never shown, whatever its size.
  for (let i = 0; i < 7; i += 1) await story({ publishedAt: new Date(), municipalityCode: SMALL, tagIds: [rare.id] });
  return { tokens };
}

describeEachDatabase("open statistics", () => {
  it("hides the small municipality everywhere, and no sum of shown cells reveals it", async () => {
    await seed();
    const statistics = await getOpenStatistics();
    const current = label(monthOf(new Date()));
    expect(statistics.months.map((month) => month.month)).not.toContain(current);
    expect(statistics.period.to).toBe(label(addMonths(monthOf(new Date()), -1)));
    expect(statistics.months).toHaveLength(12);

    // 72 + 6 + 3 stories: the current month's seven are not counted.
    expect(statistics.total).toEqual({ published: { suppressed: false, value: 81 }, repliedShare: { suppressed: false, value: 39 / 81 }, medianDaysToPublication: { suppressed: false, value: 4 } });
    // Väsby is never named; alone with the unnamed stories it would make 3, so Lund joins it.
    expect(statistics.municipalities.map((municipality) => municipality.code)).toEqual([MALMO]);
    expect(statistics.otherMunicipalities).toEqual({ published: { suppressed: false, value: 9 } });
    const named = statistics.municipalities.reduce((sum, municipality) => sum + (municipality.published.suppressed ? 0 : municipality.published.value), 0);
    expect(81 - named).toBe(9);
    // The rare theme holds only Väsby's stories: hidden, with its share and median.
    expect(statistics.themes.find((theme) => theme.slug === "ovanligt-tema")).toEqual({ slug: "ovanligt-tema", name: "Ovanligt tema", published: hidden, repliedShare: hidden, medianDaysToPublication: hidden });

    // The API answers the same figures, and none of its counts is 3.
    const api = await getStatisticsApi(new Request("http://localhost/api/v1/statistics"));
    const body = statisticsResponseSchema.parse(await api.json());
    expect(JSON.parse(JSON.stringify(body))).toEqual(JSON.parse(JSON.stringify(statistics)));
    expect(JSON.stringify(body)).not.toMatch(/"published":\{"suppressed":false,"value":3\}/);
    expect(JSON.stringify(body)).not.toContain(SMALL);

    // The CSV: a header row, the same cells, Väsby nowhere, the rare theme "färre än 5".
    const csv = await getStatisticsCsv(new Request("http://localhost/statistik/statistik.csv"));
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parse(await csv.text(), { bom: true }) as string[][];
    expect(rows[0]).toEqual(["tabell", "nyckel", "namn", "publicerade", "andel_besvarade", "mediandagar_till_publicering"]);
    expect(rows.find((row) => row[1] === "ovanligt-tema")).toEqual(["tema", "ovanligt-tema", "Ovanligt tema", "färre än 5", "färre än 5", "färre än 5"]);
    expect(rows.filter((row) => row[0] === "månad").map((row) => row[1])).toEqual(statistics.months.map((month) => month.month));
    expect(rows.find((row) => row[1] === "övriga")?.[3]).toBe("9");
    expect(rows.map((row) => row[3])).not.toContain("3");
    expect(rows.flat().join(" ")).not.toContain("Upplands Väsby");
    expect(rows.flat()).not.toContain(current);
  });

  it("withholds the period's total when a month is hidden", async () => {
    await reset();
    const tag = await db.tag.create({ data: { slug: "tema", name: "Tema" } });
    for (let back = 1; back <= 12; back += 1) {
      const count = back === 4 ? 3 : 6;
      for (let i = 0; i < count; i += 1) await story({ publishedAt: inMonth(back, i), municipalityCode: MALMO, tagIds: [tag.id] });
    }
    const statistics = await getOpenStatistics();
    expect(statistics.months.filter((month) => month.published.suppressed)).toHaveLength(1);
    // 69 minus the eleven shown months' 66 would give the hidden 3.
    expect(statistics.total).toBeNull();
    expect(statistics.otherMunicipalities).toBeNull();
    const rows = parse(await (await getStatisticsCsv(new Request("http://localhost/statistik/statistik.csv"))).text(), { bom: true }) as string[][];
    expect(rows[1]).toEqual(["period", expect.any(String), "", "visas inte", "visas inte", "visas inte"]);
  });

  it("leaves out a withdrawn story at once, cached or not", async () => {
    const { tokens } = await seed();
    await waitUntilCacheServes();
    const before = await readOpenStatistics({ locale: "sv" });
    expect(before.total?.published).toEqual({ suppressed: false, value: 81 });
    await withdrawStory({ token: tokens[0] });
    const after = await readOpenStatistics({ locale: "sv" });
    expect(after.total?.published).toEqual({ suppressed: false, value: 80 });
    expect((await getOpenStatistics()).months.find((month) => month.month === label(addMonths(monthOf(new Date()), -1)))?.published).toEqual({ suppressed: false, value: 5 });
  });
});

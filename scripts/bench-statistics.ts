// `npm run bench:statistics`: how long the open statistics (/statistik, its CSV and
// /api/v1/statistics) take to compute at scale. Run it on a database filled by
// `npm run seed:bulk` (DATA_DIR, or DATABASE_URL when set). It prints the query plan of the one
// scan, the time of the whole read, warm, as the median of ten runs, and how many rows the page's
// tables get. It only reads.
import { closeDb, db } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { Prisma } from "@/generated/prisma/client";
import { STATISTICS_MONTHS, getOpenStatistics, openStatisticsSql } from "@/lib/statistics/get-open-statistics";
import { addMonths, monthOf, monthStart } from "@/lib/statistics/municipality-figures";

async function main() {
  const total = await db.story.count();
  const now = new Date();
  const current = monthOf(now);
  const window = { from: monthStart(addMonths(current, -STATISTICS_MONTHS)), until: monthStart(current) };
  const inWindow = await db.story.count({ where: { status: "PUBLISHED", publishedAt: { gte: window.from, lt: window.until } } });
  console.log(`${dbConfig().kind}: ${total} stories, ${inWindow} published in the last ${STATISTICS_MONTHS} ended months.`);

  const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${openStatisticsSql(window)}`);
  console.log(`\n--- the one scan ---\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);

  const times: number[] = [];
  let statistics = await getOpenStatistics({ now });
  for (let run = 0; run < 10; run += 1) {
    const started = performance.now();
    statistics = await getOpenStatistics({ now });
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`\nrows: ${statistics.months.length} months, ${statistics.themes.length} themes, ${statistics.municipalities.length} named municipalities + ${statistics.otherMunicipalities ? 1 : 0} other; total ${JSON.stringify(statistics.total?.published)}`);
  console.log(`getOpenStatistics: median ${times[5].toFixed(1)} ms, max ${times[9].toFixed(1)} ms (10 runs, warm)`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());

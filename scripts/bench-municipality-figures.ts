// `npm run bench:figures`: how long a municipality page's figures take at scale. Run it on a
// database filled by `npm run seed:bulk` (DATA_DIR, or DATABASE_URL when set). It registers a
// made-up organisation for the municipality with the most stories, joined six years ago, gives
// about half of that municipality's published stories a public answer (a fifth of those with a
// change mark), then prints the query plans of both figure sets and the time of the whole
// read, warm, as the median of ten runs. Never point it at a real database: it adds answers.
import { closeDb, db } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { getMunicipalityFigures, figuresSql } from "@/lib/statistics/municipality-figures";
import { Prisma } from "@/generated/prisma/client";

const BENCH_ORGANISATION = "Mätorganisation för siffrorna";
const DAY_MS = 24 * 60 * 60 * 1000;

async function main() {
  const [largest] = await db.$queryRaw<{ code: string; stories: number }[]>`
    SELECT "municipalityCode" AS code, count(*)::int AS stories FROM "Story"
    WHERE "status" = 'PUBLISHED' AND "municipalityCode" IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1`;
  if (!largest) throw new Error("No published stories: run `npm run seed:bulk` first.");
  const total = await db.story.count();
  console.log(`${dbConfig().kind}: ${total} stories; municipality ${largest.code} has ${largest.stories} published.`);

  let organisation = await db.organisation.findFirst({ where: { name: BENCH_ORGANISATION } });
  if (!organisation) {
    organisation = await db.organisation.create({
      data: { name: BENCH_ORGANISATION, municipalityCodes: [largest.code], emailDomains: ["example.se"], contactEmail: "kontakt@example.se", createdAt: new Date(Date.now() - 6 * 365 * DAY_MS) },
    });
    const answered = await db.$executeRaw`
      INSERT INTO "Answer" ("id", "storyId", "organisationId", "body", "status", "submittedAt", "publishedAt", "createdAt")
      SELECT 'b' || s."id", s."id", ${organisation.id}, 'Tack för att du berättar.', 'PUBLISHED',
        s."publishedAt" + (abs(hashtext(s."id")) % 20 + 1) * interval '1 day', s."publishedAt" + (abs(hashtext(s."id")) % 20 + 1) * interval '1 day', now()
      FROM "Story" s WHERE s."status" = 'PUBLISHED' AND s."municipalityCode" = ${largest.code} AND abs(hashtext(s."id")) % 2 = 0`;
    const marked = await db.$executeRaw`
      INSERT INTO "ChangeMark" ("id", "answerId", "kind", "description", "markedOn", "status", "publishedAt", "createdAt")
      SELECT 'm' || a."id", a."id", 'CHANGE_MADE', 'Rutinen är ändrad.', a."publishedAt"::date, 'PUBLISHED', a."publishedAt", now()
      FROM "Answer" a WHERE a."organisationId" = ${organisation.id} AND abs(hashtext(a."id")) % 5 = 0`;
    console.log(`Added ${answered} public answers and ${marked} change marks.`);
  }

  const now = new Date();
  const until = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  for (const [label, from, byMonth] of [
    ["per month, six years", organisation.createdAt, true],
    ["last twelve months", new Date(until.getTime() - 365 * DAY_MS), false],
  ] as const) {
    const plan = await db.$queryRaw<{ "QUERY PLAN": string }[]>(
      Prisma.sql`EXPLAIN (ANALYZE, BUFFERS) ${figuresSql({ municipalityCode: largest.code, from, until, byMonth })}`,
    );
    console.log(`\n--- ${label} ---\n${plan.map((row) => row["QUERY PLAN"]).join("\n")}`);
  }

  await getMunicipalityFigures({ municipalityCode: largest.code });
  const times: number[] = [];
  for (let run = 0; run < 10; run += 1) {
    const started = performance.now();
    const figures = await getMunicipalityFigures({ municipalityCode: largest.code });
    times.push(performance.now() - started);
    if (run === 0) console.log(`\n${figures?.months.length} months; last twelve: ${JSON.stringify(figures?.lastTwelve)}`);
  }
  times.sort((a, b) => a - b);
  console.log(`getMunicipalityFigures, both sets: median ${times[5].toFixed(1)} ms, max ${times[9].toFixed(1)} ms (10 runs, warm)`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());

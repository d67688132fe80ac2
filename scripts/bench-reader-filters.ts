// `npx tsx scripts/bench-reader-filters.ts [--stories 100000] [--answered-share 0.02] [--runs 20]`:
// the reader's list with its filters (besvarade, av, and with a theme) on a throwaway PostgreSQL
// cluster seeded by seed:bulk, with a share of the stories answered by one organisation. Prints
// the time to write the answers (the triggers keep Story.answered and the counts), whether the
// kept counts equal count(*), the median and p95 of listStories per filter (first page, a page
// by number deep in the list, and the page after a cursor), and EXPLAIN ANALYZE of the first
// page's query per filter. Nothing is cached: listStories is the domain function, under the cache.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { startCluster } from "@/test/postgres-cluster";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "100000" },
    "answered-share": { type: "string", default: "0.02" },
    runs: { type: "string", default: "20" },
  },
});
const stories = Number(values.stories);
const answeredShare = Number(values["answered-share"]);
const runs = Number(values.runs);
const root = path.resolve(__dirname, "..");

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url("postgres") });
    await admin.connect();
    await admin.query("CREATE DATABASE sakligt_filters");
    await admin.end();
    const url = cluster.url("sakligt_filters");
    const seeded = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed-bulk.ts", "--stories", String(stories)], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, DATABASE_URL: url },
    });
    if (seeded.status !== 0) throw new Error("seed:bulk failed");

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO "Organisation" (id, name, "municipalityCodes", "emailDomains", "contactEmail", "updatedAt")
      VALUES ('bench-org', 'Socialtjänsten, Bench', ARRAY[]::text[], ARRAY['bench.se'], 'kontakt@bench.se', now())`);
    // Answers to every n-th published story, oldest and newest alike, in one statement.
    const every = Math.max(1, Math.round(1 / answeredShare));
    const started = performance.now();
    const written = await client.query(`INSERT INTO "Answer" (id, "storyId", "organisationId", body, status, "publishedAt")
      SELECT 'bench-' || s.id, s.id, 'bench-org', 'Tack för att du berättar.', 'PUBLISHED', s."publishedAt" + interval '3 days'
      FROM (SELECT id, "publishedAt", row_number() OVER (ORDER BY id) AS n FROM "Story" WHERE status = 'PUBLISHED') s
      WHERE s.n % ${every} = 0`);
    const writeMs = performance.now() - started;
    console.log(`Answers written: ${written.rowCount} in ${writeMs.toFixed(0)} ms (triggers included).`);

    const check = await client.query<{ scope: string; kept: number; truth: number }>(`
      SELECT 'total+answered' AS scope, (SELECT count FROM "PublicStoryCount" WHERE scope = 'total+answered' AND key = '') AS kept,
        (SELECT count(*)::int FROM "Story" s WHERE status = 'PUBLISHED' AND EXISTS (SELECT 1 FROM "Answer" a WHERE a."storyId" = s.id AND a.status = 'PUBLISHED')) AS truth
      UNION ALL SELECT 'total+personal', (SELECT count FROM "PublicStoryCount" WHERE scope = 'total+personal' AND key = ''),
        (SELECT count(*)::int FROM "Story" WHERE status = 'PUBLISHED' AND "authorRole" = 'PERSONAL')
      UNION ALL SELECT 'total+klienter', (SELECT count FROM "PublicStoryCount" WHERE scope = 'total+klienter' AND key = ''),
        (SELECT count(*)::int FROM "Story" WHERE status = 'PUBLISHED' AND "authorRole" IN ('KLIENT', 'ANHORIG'))`);
    for (const row of check.rows) console.log(`${row.scope}: kept ${row.kept}, count(*) ${row.truth}${row.kept === row.truth ? "" : "  MISMATCH"}`);
    const tag = (await client.query<{ slug: string; id: string }>(`SELECT t.slug, t.id FROM "Tag" t JOIN "PublicStoryCount" c ON c.scope = 'tag' AND c.key = t.id ORDER BY c.count DESC LIMIT 1`)).rows[0];

    process.env.DATABASE_URL = url;
    const { listStories } = await import("@/lib/stories/list-stories");
    const { closeDb } = await import("@/lib/db");
    type Filter = NonNullable<Parameters<typeof listStories>[0]>["filter"];
    const filters: [string, Filter][] = [
      ["(none)", {}],
      ["besvarade=1", { answered: true }],
      ["av=personal", { voice: "personal" }],
      ["av=klienter", { voice: "klienter" }],
      ["besvarade=1&av=klienter", { answered: true, voice: "klienter" }],
      [`tagg=${tag.slug}&av=personal`, { tagSlug: tag.slug, voice: "personal" }],
      [`tagg=${tag.slug}&besvarade=1`, { tagSlug: tag.slug, answered: true }],
    ];
    console.log(`\n| filter | total | first page p50/p95 ms | page 50 p50/p95 ms | after a cursor p50/p95 ms |`);
    console.log(`| --- | --: | --: | --: | --: |`);
    for (const [name, filter] of filters) {
      const first = await listStories({ filter });
      const cursor = first.nextCursor ?? undefined;
      const time = async (options: Parameters<typeof listStories>[0]) => {
        const samples: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          const t0 = performance.now();
          await listStories(options);
          samples.push(performance.now() - t0);
        }
        samples.sort((a, b) => a - b);
        return `${quantile(samples, 0.5).toFixed(1)} / ${quantile(samples, 0.95).toFixed(1)}`;
      };
      console.log(`| ${name} | ${first.total} | ${await time({ filter })} | ${await time({ filter, page: 50 })} | ${cursor ? await time({ filter, after: cursor }) : "-"} |`);
    }
    await closeDb();

    const plans: [string, string][] = [
      ["besvarade=1", `"answered"`],
      ["av=personal", `"authorRole" = 'PERSONAL'`],
      ["av=klienter", `"authorRole" IN ('KLIENT', 'ANHORIG')`],
      [`tagg=${tag.slug}&besvarade=1`, `"answered" AND EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = s.id AND st."tagId" = '${tag.id}')`],
    ];
    for (const [name, condition] of plans) {
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
        SELECT s.id FROM "Story" s WHERE s.status = 'PUBLISHED' AND ${condition}
        ORDER BY s."publishedAt" DESC, s.id DESC LIMIT 11`);
      console.log(`\nEXPLAIN first page, ${name}:\n${plan.rows.map((row) => `  ${row["QUERY PLAN"]}`).join("\n")}`);
    }
    await client.end();
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npx tsx scripts/bench-answer-list.ts`: how long a responder's /svar list takes on a large
// archive. Fills a throwaway PGlite with BENCH_STORIES published stories (default 100,000), a
// share BENCH_SHARE (default 0.3) in the organisation's municipality, the organisation having
// answered every other one of them, then times listStoriesToAnswer on the first page, a page in
// the middle of the unanswered, the page where the two groups meet and the last page, and prints
// the median and the slowest of BENCH_RUNS runs (default 9) of each.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, db, openDb } from "@/lib/db";
import { migrateEmbedded } from "@/lib/db/migrate-embedded";
import { listStoriesToAnswer, storiesToAnswerPageSize } from "@/lib/answers/list-stories-to-answer";

const count = Number(process.env.BENCH_STORIES ?? 100_000);
const share = Number(process.env.BENCH_SHARE ?? 0.3);
const runs = Number(process.env.BENCH_RUNS ?? 9);
const OWN = "1280";
const OTHERS = ["0180", "1480", "0380", "0580", "1880"];

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-answers-"));
  const handle = openDb({ kind: "pglite", dataDir: path.join(root, "pglite") });
  (globalThis as unknown as { sakligtDb?: typeof handle }).sakligtDb = handle;
  try {
    await migrateEmbedded(handle.pglite!);
    const organisation = await db.organisation.create({
      data: { name: "Socialtjänsten, Malmö stad", municipalityCodes: [OWN], emailDomains: ["malmo.se"], contactEmail: "socialtjansten@malmo.se" },
      select: { id: true, municipalityCodes: true },
    });
    const started = performance.now();
    const start = Date.now() - count * 60_000;
    let own = 0;
    for (let from = 0; from < count; from += 2000) {
      const batch = Array.from({ length: Math.min(2000, count - from) }, (_, i) => {
        const n = from + i;
        const mine = (n * 7919) % 1000 < share * 1000;
        return {
          id: `bench${n}`,
          status: "PUBLISHED" as const,
          title: `Berättelse ${n}`,
          body: "Jag sökte stöd och fick ett beslut som jag inte förstod.",
          receiptTokenHash: randomBytes(16).toString("hex"),
          municipalityCode: mine ? OWN : OTHERS[n % OTHERS.length],
          publishedAt: new Date(start + n * 60_000),
        };
      });
      await db.story.createMany({ data: batch });
      const answered = batch.filter((story) => story.municipalityCode === OWN).filter(() => (own++ % 2) === 0);
      await db.answer.createMany({ data: answered.map((story) => ({ storyId: story.id, organisationId: organisation.id, body: "Tack för att du berättar.", status: "PUBLISHED" as const })) });
    }
    await handle.pglite!.query("ANALYZE");
    console.log(`${count} stories, ${own} in the organisation's municipality, every other one answered: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s.`);

    if (process.env.BENCH_PROFILE) {
      const answerable = { status: "PUBLISHED" as const, municipalityCode: { in: [OWN] } };
      const time = async (name: string, run: () => Promise<unknown>) => {
        const t0 = performance.now();
        for (let i = 0; i < 5; i += 1) await run();
        console.log(`  ${name}: ${((performance.now() - t0) / 5).toFixed(1)} ms`);
      };
      await time("count answerable", () => db.story.count({ where: answerable }));
      await time("count answered", () => db.answer.count({ where: { organisationId: organisation.id, story: answerable } }));
      await time("unanswered ids, page 1", () => db.story.findMany({ where: { ...answerable, answers: { none: { organisationId: organisation.id } } }, select: { id: true }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], take: 20 }));
      await time("unanswered ids, skip 7000", () => db.story.findMany({ where: { ...answerable, answers: { none: { organisationId: organisation.id } } }, select: { id: true }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], skip: 7000, take: 20 }));
    }
    const first = await listStoriesToAnswer({ organisation, page: 1 });
    const lastPage = first.totalPages;
    const meeting = Math.floor(first.unanswered / storiesToAnswerPageSize) + 1;
    for (const [name, page] of [["first page", 1], ["middle of the unanswered", Math.max(1, Math.floor(meeting / 2))], ["where the groups meet", meeting], ["last page", lastPage]] as const) {
      const times: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const t0 = performance.now();
        const result = await listStoriesToAnswer({ organisation, page });
        times.push(performance.now() - t0);
        if (result.items.length === 0) throw new Error(`page ${page} is empty`);
      }
      times.sort((a, b) => a - b);
      console.log(`${name} (page ${page} of ${lastPage}): median ${times[Math.floor(times.length / 2)].toFixed(1)} ms, slowest ${times[times.length - 1].toFixed(1)} ms`);
    }
  } finally {
    await closeDb();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

// `npm run bench:scrub`: how long the scrub after an erasure (lib/erasure) keeps readers of the
// embedded database waiting. Fills a throwaway PGlite with BENCH_STORIES stories (default 3000),
// each with comments, a reply and audit rows, erases some, then runs the scrub while a reader
// asks for the front page's stories in a loop, and prints each step's time and the reader's
// longest wait.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { closeDb, db, openDb } from "@/lib/db";
import { migrateEmbedded } from "@/lib/db/migrate-embedded";
import { scrubErasedText } from "@/lib/erasure/scrub-erased-text";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { eraseStory } from "@/lib/stories/erase-story";

const count = Number(process.env.BENCH_STORIES ?? 3000);
const paragraph = "Jag sökte stöd och fick ett beslut som jag inte förstod, och ingen förklarade varför. ";

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bench-scrub-"));
  const handle = openDb({ kind: "pglite", dataDir: path.join(root, "pglite") });
  (globalThis as unknown as { sakligtDb?: typeof handle }).sakligtDb = handle;
  try {
    await migrateEmbedded(handle.pglite!);
    for (let start = 0; start < count; start += 500) {
      const batch = Array.from({ length: Math.min(500, count - start) }, (_, i) => ({
        id: `bench${start + i}`,
        status: "PUBLISHED" as const,
        title: `Berättelse ${start + i}`,
        body: paragraph.repeat(18),
        originalTitle: `Berättelse ${start + i}`,
        originalBody: paragraph.repeat(18),
        receiptTokenHash: randomBytes(16).toString("hex"),
        publishedAt: new Date(),
      }));
      await db.story.createMany({ data: batch });
      await db.comment.createMany({ data: batch.flatMap((s) => [{ storyId: s.id, body: paragraph.repeat(2) }, { storyId: s.id, body: paragraph }]) });
      await db.reply.createMany({ data: batch.map((s) => ({ storyId: s.id, body: paragraph.repeat(3) })) });
      await db.auditLog.createMany({ data: batch.map((s) => ({ action: "story.publish", targetType: "story", targetId: s.id, after: { title: s.title } })) });
    }
    for (let i = 0; i < count; i += Math.ceil(count / 50)) {
      await publicContentTransaction((tx) => eraseStory(tx, { storyId: `bench${i}`, action: "story.erased_by_author" }));
    }
    const sizeMb = dirSize(root) / 1e6;

    const read = () => db.story.findMany({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, take: 10, include: { comments: true } });
    const baseline = await timeReads(read, 50);
    let scrubbing = true;
    const waits: number[] = [];
    const reader = (async () => {
      while (scrubbing) {
        const started = performance.now();
        await read();
        waits.push(performance.now() - started);
      }
    })();
    const started = performance.now();
    const result = await scrubErasedText();
    const total = performance.now() - started;
    scrubbing = false;
    await reader;

    console.log(`${count} stories, data directory ${sizeMb.toFixed(0)} MB before the scrub`);
    for (const step of result.statements) console.log(`  ${step.sql.padEnd(72)} ${step.ms.toFixed(0)} ms`);
    console.log(`scrub total ${total.toFixed(0)} ms`);
    console.log(`reader (10 stories with comments): median ${median(baseline).toFixed(1)} ms without the scrub`);
    console.log(`reader during the scrub: ${waits.length} reads, longest ${Math.max(...waits).toFixed(0)} ms, median ${median(waits).toFixed(1)} ms`);
  } finally {
    await closeDb();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

async function timeReads(read: () => Promise<unknown>, times: number) {
  const out: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await read();
    out.push(performance.now() - started);
  }
  return out;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function dirSize(dir: string): number {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

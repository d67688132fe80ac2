// `npm run seed:bulk -- --stories 100000 [--seed 1] [--pending 300] [--rejected 200]
// [--withdrawn 200] [--batch 1000] [--keep-originals]`: made-up stories for benchmarks and
// trials at scale, into the database `npm start` would use (DATA_DIR, or DATABASE_URL when
// set), migrated first exactly as `npm start` migrates it. Never point it at a real database:
// it adds stories that look published.
import { parseArgs } from "node:util";
import { closeDb, db } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { prepareDatabase } from "@/lib/server/prepare-database";
import { EnvError, env } from "@/lib/env";
import { seedBulk } from "@/lib/seed/bulk/seed-bulk";

const { values } = parseArgs({
  options: {
    stories: { type: "string", default: "100000" },
    seed: { type: "string", default: "1" },
    pending: { type: "string", default: "300" },
    rejected: { type: "string", default: "200" },
    withdrawn: { type: "string", default: "200" },
    batch: { type: "string", default: "1000" },
    "keep-originals": { type: "boolean", default: false },
  },
});

function count(name: keyof typeof values): number {
  const value = Number(values[name]);
  if (!Number.isInteger(value) || value < 0) throw new EnvError(`--${name}: must be a whole number, got ${values[name]}`);
  return value;
}

async function main() {
  const config = env();
  const target = dbConfig();
  const started = performance.now();
  await prepareDatabase({ config });
  console.log(`Seeding ${count("stories")} published stories into ${target.kind === "pglite" ? `the embedded database in ${config.dataDir}` : "PostgreSQL"}.`);
  let lastLog = 0;
  const result = await seedBulk({
    db,
    stories: count("stories"),
    pending: count("pending"),
    rejected: count("rejected"),
    withdrawn: count("withdrawn"),
    seed: count("seed"),
    batchSize: Math.max(1, count("batch")),
    keepOriginals: values["keep-originals"],
    onProgress: (done, total) => {
      if (performance.now() - lastLog < 5000 && done < total) return;
      lastLog = performance.now();
      console.log(`  ${done} of ${total} stories (${((performance.now() - started) / 1000).toFixed(1)} s)`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Done in ${seconds} s: ${result.published} published, ${result.pending} pending, ${result.rejected} rejected, ` +
      `${result.withdrawn} withdrawn stories, ${result.replies} replies, ${result.comments} comments.`,
  );
}

main()
  .catch((error) => {
    console.error(error instanceof EnvError ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());

// Seeded databases for the benchmark, made once with `npm run seed:bulk` and kept in
// BENCH_CACHE_DIR between runs (without it: in a temporary directory, removed after the run).
// A cache entry is named by its size, seed and a hash of the migrations and the seeder, so a
// new migration or seeder makes a new one. Each run works on a copy (embedded) or a database
// cloned from the seeded one (PostgreSQL), so the start-up's migrations and retention never
// change what is cached.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { listMigrations } from "@/lib/db/migrate-embedded";
import { type Cluster, startCluster } from "@/test/postgres-cluster";

const root = path.resolve(__dirname, "..", "..");

function cacheKey(stories: number, seed: number): string {
  const hash = createHash("sha256");
  for (const migration of listMigrations()) hash.update(migration.name).update(migration.checksum);
  for (const file of fs.readdirSync(path.join(root, "lib/seed/bulk")).sort()) {
    if (!file.endsWith(".test.ts")) hash.update(fs.readFileSync(path.join(root, "lib/seed/bulk", file)));
  }
  return `${stories}-seed${seed}-${hash.digest("hex").slice(0, 10)}`;
}

function seed(stories: number, seedValue: number, env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/seed-bulk.ts", "--stories", String(stories), "--seed", String(seedValue)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`seed:bulk failed (exit ${result.status})`);
  return (performance.now() - started) / 1000;
}

export type SeededDatabases = {
  /** A DATA_DIR to serve from (a copy). */
  embeddedDataDir: string;
  /** A PostgreSQL database to serve from (a clone). */
  postgresUrl: string;
  /** Seconds spent seeding now, per database, or null when the cache had it. */
  seeded: { embedded: number | null; postgres: number | null };
  release: () => Promise<void>;
};

export async function openSeededDatabases({ cacheDir, workDir, stories, seed: seedValue }: { cacheDir: string; workDir: string; stories: number; seed: number }): Promise<SeededDatabases> {
  const entry = path.join(cacheDir, cacheKey(stories, seedValue));
  fs.mkdirSync(entry, { recursive: true });
  const seeded: SeededDatabases["seeded"] = { embedded: null, postgres: null };

  const embeddedCache = path.join(entry, "embedded");
  if (!fs.existsSync(path.join(entry, "embedded.done"))) {
    fs.rmSync(embeddedCache, { recursive: true, force: true });
    console.log(`Seeding ${stories} stories into the embedded database (cached in ${entry}).`);
    seeded.embedded = seed(stories, seedValue, { DATA_DIR: embeddedCache, DATABASE_URL: "" });
    fs.writeFileSync(path.join(entry, "embedded.done"), `${seeded.embedded}\n`);
  }
  const embeddedDataDir = path.join(workDir, `embedded-${stories}`);
  fs.rmSync(embeddedDataDir, { recursive: true, force: true });
  fs.cpSync(embeddedCache, embeddedDataDir, { recursive: true });

  const cluster: Cluster = await startCluster({ keepDir: path.join(entry, "postgres") });
  const admin = new pg.Client({ connectionString: cluster.url("postgres") });
  await admin.connect();
  if (!fs.existsSync(path.join(entry, "postgres.done"))) {
    await admin.query("DROP DATABASE IF EXISTS sakligt_seeded");
    await admin.query("CREATE DATABASE sakligt_seeded");
    console.log(`Seeding ${stories} stories into PostgreSQL (cached in ${entry}).`);
    seeded.postgres = seed(stories, seedValue, { DATABASE_URL: cluster.url("sakligt_seeded") });
    fs.writeFileSync(path.join(entry, "postgres.done"), `${seeded.postgres}\n`);
  }
  await admin.query("DROP DATABASE IF EXISTS sakligt_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE sakligt_bench TEMPLATE sakligt_seeded");
  await admin.end();

  return {
    embeddedDataDir,
    postgresUrl: cluster.url("sakligt_bench"),
    seeded,
    release: async () => {
      const cleanup = new pg.Client({ connectionString: cluster.url("postgres") });
      await cleanup.connect();
      await cleanup.query("DROP DATABASE IF EXISTS sakligt_bench WITH (FORCE)");
      await cleanup.end();
      cluster.stop();
      fs.rmSync(embeddedDataDir, { recursive: true, force: true });
    },
  };
}

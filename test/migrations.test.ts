// The migrations, applied to an empty database, must produce exactly what schema.prisma
// describes. The reference is the SQL Prisma generates from the schema alone; both databases
// are compared by their catalogs, on PGlite and on PostgreSQL.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listMigrations, migrateEmbedded } from "@/lib/db/migrate-embedded";

const catalogQueries = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default
            FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
  constraints: `SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                AND conrelid::regclass::text NOT IN ('_prisma_migrations', '"_prisma_migrations"') ORDER BY 1, 2`,
  // The place of each value, not its stored sort key: a value added with ADD VALUE … AFTER gets a
  // fractional key (1.5), and what matters is that it sorts where schema.prisma puts it.
  enums: `SELECT t.typname, e.enumlabel, (rank() OVER (PARTITION BY t.typname ORDER BY e.enumsortorder))::int AS place FROM pg_type t
          JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, 3`,
};

type Query = (sql: string) => Promise<unknown[]>;

async function catalog(query: Query) {
  const entries = await Promise.all(
    Object.entries(catalogQueries).map(async ([name, sql]) => [name, await query(sql)] as const),
  );
  return Object.fromEntries(entries);
}

let schemaSql = "";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-drift-"));

beforeAll(() => {
  schemaSql = execFileSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" }, stdio: ["ignore", "pipe", "ignore"] },
  );
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("migrations match schema.prisma", () => {
  it("has migrations, each applied once and in order", () => {
    const names = listMigrations().map((migration) => migration.name);
    expect(names.length).toBeGreaterThan(0);
    expect([...names].sort()).toEqual(names);
    expect(schemaSql).toContain('CREATE TABLE "Story"');
  });

  // The migrated side is a copy of the data directory the global setup migrated from empty with
  // migrateEmbedded, as the PostgreSQL side is the template `prisma migrate deploy` built: a
  // second run of every migration in WebAssembly would prove the same thing again.
  it("on PGlite", { timeout: 120_000 }, async () => {
    const dataDir = path.join(tmp, "migrated");
    fs.cpSync(inject("pgliteTemplateDir"), dataDir, { recursive: true });
    const migrated = new PGlite(dataDir);
    const reference = new PGlite();
    try {
      const applied = await migrated.query<{ migration_name: string }>(
        `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`,
      );
      expect(applied.rows.map((row) => row.migration_name)).toEqual(listMigrations().map((migration) => migration.name));
      expect(await migrateEmbedded(migrated)).toEqual([]);
      await reference.exec(schemaSql);
      const rows = (db: PGlite) => async (sql: string) => (await db.query(sql)).rows;
      expect(await catalog(rows(migrated))).toEqual(await catalog(rows(reference)));
    } finally {
      await migrated.close();
      await reference.close();
    }
  });

  it("on PostgreSQL", async () => {
    const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
    await admin.connect();
    await admin.query("CREATE DATABASE drift_reference");
    await admin.end();
    const migrated = new pg.Client({ connectionString: inject("pgTemplateUrl") });
    const reference = new pg.Client({
      connectionString: inject("pgAdminUrl").replace(/\/postgres$/, "/drift_reference"),
    });
    await Promise.all([migrated.connect(), reference.connect()]);
    try {
      await reference.query(schemaSql);
      const rows = (client: pg.Client) => async (sql: string) => (await client.query(sql)).rows;
      const fromMigrations = await catalog(rows(migrated));
      expect(fromMigrations.columns.length).toBeGreaterThan(20);
      expect(fromMigrations).toEqual(await catalog(rows(reference)));
    } finally {
      await Promise.all([migrated.end(), reference.end()]);
    }
  });
});

// Integration tests run the same block against a fresh PGlite database and a fresh database on
// a real PostgreSQL server, both migrated by `prisma migrate deploy` in test/global-setup.ts.
// Inside the block, `db` from "@/lib/db" (what every domain function uses) points at it.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, inject } from "vitest";
import { db, openDb } from "@/lib/db";

export type DatabaseKind = "pglite" | "postgres";
export const databaseKinds: DatabaseKind[] = ["pglite", "postgres"];

type Opened = { handle: ReturnType<typeof openDb>; dispose: () => Promise<void> };

async function openPglite(): Promise<Opened> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-test-"));
  const dataDir = path.join(root, "pglite");
  fs.cpSync(inject("pgliteTemplateDir"), dataDir, { recursive: true });
  const handle = openDb({ kind: "pglite", dataDir });
  return { handle, dispose: async () => fs.rmSync(root, { recursive: true, force: true }) };
}

async function openPostgres(): Promise<Opened> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: inject("pgAdminUrl") });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE sakligt_template`);
  await admin.end();
  const url = inject("pgTemplateUrl").replace(/\/sakligt_template$/, `/${name}`);
  const handle = openDb({ kind: "postgres", url });
  return {
    handle,
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: inject("pgAdminUrl") });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

const globalForDb = globalThis as unknown as { sakligtDb?: ReturnType<typeof openDb> };

export function describeEachDatabase(name: string, body: (kind: DatabaseKind) => void) {
  for (const kind of databaseKinds) {
    describe(`${name} [${kind}]`, () => {
      let opened: Opened | undefined;
      beforeAll(async () => {
        opened = kind === "pglite" ? await openPglite() : await openPostgres();
        globalForDb.sakligtDb = opened.handle;
      });
      afterAll(async () => {
        if (globalForDb.sakligtDb === opened?.handle) globalForDb.sakligtDb = undefined;
        await opened?.handle.close();
        await opened?.dispose();
      });
      body(kind);
    });
  }
}

// Empties every table, for tests that need a clean slate between cases.
export async function truncateAll() {
  const tables = ["AuditLog", "Comment", "Reply", "StoryTag", "Story", "ReplyTemplate", "Tag", "Moderator"];
  await db.$executeRawUnsafe(`TRUNCATE ${tables.map((table) => `"${table}"`).join(", ")} CASCADE`);
}

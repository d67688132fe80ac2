import { db } from "@/lib/db";

// Tests that prove something was never stored, or is gone after an erasure, search every row of
// every table as JSON text: not only the row it was sent to, but every other table too.

// Every table but the migrations' bookkeeping, which holds no text anyone sent: only migration
// names, checksums and random UUIDs, whose hex digits, read without dashes, can hold any short
// digit run a test looks for (a UUID's "…-6698761…" holds the "9876" of an identity number).
export async function tableNames(): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  return tables.map(({ table_name }) => table_name).sort();
}

const quoted = (table: string) => `"${table.replaceAll('"', '""')}"`;

export async function scanAllTables(): Promise<{ table: string; row: string }[]> {
  const rows: { table: string; row: string }[] = [];
  for (const table of await tableNames()) {
    const found = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM ${quoted(table)} t`);
    rows.push(...found.map(({ row }) => ({ table, row })));
  }
  return rows;
}

export async function rowsContaining(needle: string): Promise<{ table: string; row: string }[]> {
  const hits: { table: string; row: string }[] = [];
  for (const table of await tableNames()) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM ${quoted(table)} t WHERE strpos(to_jsonb(t)::text, $1) > 0`,
      needle,
    );
    hits.push(...rows.map(({ row }) => ({ table, row })));
  }
  return hits;
}

// Compared without spaces and dashes, so a number stored in another written form is caught too.
export async function tablesContaining(needles: string[]): Promise<string[]> {
  const squash = (value: string) => value.replace(/[\s\-–]/g, "").toLowerCase();
  const squashed = needles.map(squash);
  const rows = await scanAllTables();
  return rows.filter(({ row }) => squashed.some((needle) => squash(row).includes(needle))).map(({ table, row }) => `${table}: ${row}`);
}

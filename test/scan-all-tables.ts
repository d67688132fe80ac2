import { db } from "@/lib/db";

// Every row of every table in the database as text, for tests that prove something was never
// stored anywhere: not in the row it was sent to, and not in some other table either.
export async function scanAllTables(): Promise<{ table: string; row: string }[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const rows: { table: string; row: string }[] = [];
  for (const { table_name: table } of tables) {
    const found = await db.$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM "${table.replace(/"/g, '""')}" t`);
    rows.push(...found.map(({ row }) => ({ table, row })));
  }
  return rows;
}

// The tables and rows that contain any of the needles, compared without spaces and dashes so a
// number stored in another written form is caught too.
export async function tablesContaining(needles: string[]): Promise<string[]> {
  const squash = (value: string) => value.replace(/[\s\-–]/g, "").toLowerCase();
  const squashed = needles.map(squash);
  const rows = await scanAllTables();
  return rows.filter(({ row }) => squashed.some((needle) => squash(row).includes(needle))).map(({ table, row }) => `${table}: ${row}`);
}

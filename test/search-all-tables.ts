import { db } from "@/lib/db";

// Every row of every table in the public schema, as JSON text, with the table it came from.
// Used to prove that erased text is gone everywhere, not only where we expect it.
export async function rowsContaining(needle: string): Promise<{ table: string; row: string }[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const hits: { table: string; row: string }[] = [];
  for (const { table_name: table } of tables) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT to_jsonb(t)::text AS row FROM "${table.replaceAll('"', '""')}" t WHERE strpos(to_jsonb(t)::text, $1) > 0`,
      needle,
    );
    hits.push(...rows.map(({ row }) => ({ table, row })));
  }
  return hits;
}

export async function tableNames(): Promise<string[]> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  return tables.map(({ table_name }) => table_name).sort();
}

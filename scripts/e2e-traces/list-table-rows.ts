// Every row of every table, each as one JSON text (`to_jsonb`), so a search sees every column
// of every row as the database holds it, including tables added after this was written.
export type Query = (sql: string) => Promise<Array<Record<string, unknown>>>;
export type TableRow = { table: string; row: string };

export async function listTableRows(query: Query): Promise<TableRow[]> {
  const tables = await query(
    `SELECT table_schema, table_name FROM information_schema.tables
     WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
     ORDER BY table_schema, table_name`,
  );
  const rows: TableRow[] = [];
  for (const { table_schema: schema, table_name: name } of tables) {
    const quoted = `"${String(schema).replaceAll('"', '""')}"."${String(name).replaceAll('"', '""')}"`;
    for (const { row } of await query(`SELECT to_jsonb(t)::text AS row FROM ${quoted} t`)) {
      rows.push({ table: String(name), row: String(row) });
    }
  }
  return rows;
}

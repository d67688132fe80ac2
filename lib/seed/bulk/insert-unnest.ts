import type { PrismaClient, Tx } from "@/lib/db";

export type Column = { name: string; type: string };
export type Cell = string | null;

// One INSERT per table and batch, whatever the batch size: each column travels as one text
// array and is cast to its type in SQL, so the statement has as many parameters as the table
// has columns (a multi-row VALUES list would hit PostgreSQL's 65,535-parameter limit), and the
// same text works through both driver adapters.
export async function insertUnnest(db: Tx | PrismaClient, table: string, columns: Column[], rows: Cell[][]): Promise<void> {
  if (rows.length === 0) return;
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const casts = columns.map((column, i) => `c${i}::${column.type}`).join(", ");
  const arrays = columns.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${arrays}) AS t(${aliases})`;
  const params = columns.map((_, i) => rows.map((row) => row[i]));
  await db.$executeRawUnsafe(sql, ...params);
}

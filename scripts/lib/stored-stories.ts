// Reads what was really stored, straight from the database, after the server has answered (or
// died): on PostgreSQL while the app runs, on the embedded database once the app has stopped
// (PGlite allows one process per data directory).
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { hashReceiptToken } from "@/lib/stories/receipt-token";

type Query = (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;
export type Database = { databaseUrl: string } | { dataDir: string };

export async function withDatabase<T>(database: Database, use: (query: Query) => Promise<T>): Promise<T> {
  if ("databaseUrl" in database) {
    const client = new pg.Client({ connectionString: database.databaseUrl });
    await client.connect();
    try {
      return await use(async (sql, params) => (await client.query(sql, params)).rows);
    } finally {
      await client.end();
    }
  }
  const pglite = new PGlite(path.join(database.dataDir, "pglite"));
  try {
    return await use(async (sql, params) => (await pglite.query<Record<string, unknown>>(sql, params)).rows);
  } finally {
    await pglite.close();
  }
}

export type StoredStory = { title: string; body: string };

// The stories behind these receipt tokens, by token; a token with no story is missing.
export async function storiesByReceipt(query: Query, tokens: string[]): Promise<Map<string, StoredStory>> {
  const byHash = new Map(tokens.map((token) => [hashReceiptToken(token), token]));
  const rows = await query(`SELECT "receiptTokenHash", title, body FROM "Story" WHERE "receiptTokenHash" = ANY($1)`, [[...byHash.keys()]]);
  return new Map(rows.map((row) => [byHash.get(String(row.receiptTokenHash))!, { title: String(row.title), body: String(row.body) }]));
}

export async function countStoriesTitled(query: Query, titlePrefix: string): Promise<number> {
  const rows = await query(`SELECT count(*)::int AS n FROM "Story" WHERE title LIKE $1`, [`${titlePrefix}%`]);
  return Number(rows[0].n);
}

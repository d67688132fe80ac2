import type { PGlite } from "@electric-sql/pglite";
import { currentDbHandle } from "@/lib/db";
import { makeDataDirPrivate } from "@/lib/db/make-data-dir-private";

// Every table an erasure deletes from or rewrites: stories (text, original text, a moderator's
// rejection reason), their tags, replies, comments (and comments' rejection reasons),
// moderators' internal notes, decisions and reply amendments waiting for a colleague, and the
// audit log (before/after and reasons).
export const ERASED_TABLES = ["Story", "StoryTag", "Reply", "Comment", "StoryNote", "PreparedDecision", "ReplyAmendment", "AuditLog"] as const;

export type ScrubResult = { kind: "pglite" | "postgres"; statements: { sql: string; ms: number }[] };

// A deleted or updated row stays in its page until the space is reused, and in the write-ahead
// log until the segment is removed. On the embedded database this makes the files forget it:
// VACUUM FULL copies the live rows of each table (and its indexes and TOAST) into new files and
// unlinks the old ones; then a checkpoint, a switch to a new WAL segment and a second checkpoint
// let PostgreSQL delete every older segment, and wal_recycle=off makes it unlink them instead of
// renaming them for reuse with the old bytes inside. Each statement runs alone, so readers wait
// for one table's rewrite at most, never for the whole scrub.
//
// On PostgreSQL a plain VACUUM (no exclusive lock) marks the dead rows' space free and ANALYZE
// rebuilds the column statistics, which can quote values. The bytes stay in free space until
// overwritten and in WAL until recycled; the operator's WAL archive, replicas and backups are
// beyond the app (docs/operations.md, /integritet).
export async function scrubErasedText({ dataDir }: { dataDir?: string } = {}): Promise<ScrubResult> {
  const handle = currentDbHandle();
  const statements: ScrubResult["statements"] = [];
  const timed = async (sql: string, run: () => Promise<unknown>) => {
    const started = performance.now();
    await run();
    statements.push({ sql, ms: performance.now() - started });
  };
  if (!handle.pglite) {
    for (const table of ERASED_TABLES) {
      const sql = `VACUUM (ANALYZE) "${table}"`;
      await timed(sql, () => handle.client.$executeRawUnsafe(sql));
    }
    return { kind: "postgres", statements };
  }
  const pglite: PGlite = handle.pglite;
  for (const table of ERASED_TABLES) {
    const sql = `VACUUM FULL "${table}"`;
    await timed(sql, () => pglite.exec(sql));
  }
  const sql = "SET wal_recycle = off; CHECKPOINT; SELECT pg_switch_wal(); CHECKPOINT;";
  await timed(sql, () => pglite.exec(sql));
  // The rewrite created new files, which PGlite makes 0666.
  if (dataDir) makeDataDirPrivate({ dataDir });
  return { kind: "pglite", statements };
}

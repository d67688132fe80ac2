import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { PGlite } from "@electric-sql/pglite";
import { makeDataDirPrivate } from "@/lib/db/make-data-dir-private";
import { AUTH_SECRET_FILE, PGLITE_DIR } from "./create-backup";
import { readTar } from "./tar";

export class RestoreError extends Error {}

// Unpacks a backup made by createBackup into an empty DATA_DIR, private from the first byte,
// then opens the database once: PGlite replays the WAL, and a backup that does not open is
// reported here rather than at the next start. A non-empty DATA_DIR is refused, so a restore can
// never mix two installations or overwrite the one in use.
export async function restoreBackup({ file, dataDir }: { file: string; dataDir: string }): Promise<{ stories: number }> {
  if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) {
    throw new RestoreError(`DATA_DIR ${dataDir} is not empty. Restore only into an empty or new directory.`);
  }
  let entries;
  try {
    entries = readTar(gunzipSync(fs.readFileSync(file)));
  } catch (error) {
    throw new RestoreError(`${file} is not a Sakligt backup (${error instanceof Error ? error.message : String(error)}).`);
  }
  const allowed = (name: string) => name === AUTH_SECRET_FILE || name === PGLITE_DIR || name.startsWith(`${PGLITE_DIR}/`);
  const bad = entries.find((entry) => !allowed(entry.name) || entry.name.split("/").includes(".."));
  if (bad || !entries.some((entry) => entry.name === `${PGLITE_DIR}/PG_VERSION`)) {
    throw new RestoreError(`${file} is not a Sakligt backup${bad ? ` (unexpected entry ${bad.name})` : ""}.`);
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  for (const entry of entries) {
    const target = path.join(dataDir, ...entry.name.split("/"));
    if (entry.type === "dir") fs.mkdirSync(target, { recursive: true, mode: 0o700 });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      fs.writeFileSync(target, entry.data, { mode: 0o600, flag: "wx" });
    }
  }
  const pglite = new PGlite(path.join(dataDir, PGLITE_DIR));
  try {
    const { rows } = await pglite.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Story"`);
    return { stories: rows[0].count };
  } finally {
    await pglite.close();
    makeDataDirPrivate({ dataDir });
  }
}

import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { PGlite } from "@electric-sql/pglite";
import { readTar, writeTar } from "./tar";

export const PGLITE_DIR = "pglite";
export const AUTH_SECRET_FILE = "auth-secret";

// Runs inside the app, the only process that may open the embedded database. PGlite copies its
// data directory while holding its query lock, so no statement runs during the copy: the files
// are exactly what a crash at that moment would leave, committed transactions in the WAL and
// none half-written, and a restore replays them like a restart after a crash. The checkpoint
// first keeps that replay short. The generated auth secret goes along: without it a restored
// installation could not read what is encrypted with it, and every session would end.
export async function createBackup({ pglite, dataDir }: { pglite: PGlite; dataDir: string }): Promise<Buffer> {
  await pglite.exec("CHECKPOINT");
  const dump = await pglite.dumpDataDir("none");
  const entries = readTar(Buffer.from(await dump.arrayBuffer()))
    .filter((entry) => entry.name !== "")
    .map((entry) => ({ ...entry, name: path.posix.join(PGLITE_DIR, entry.name) }));
  const secret = path.join(dataDir, AUTH_SECRET_FILE);
  if (fs.existsSync(secret)) entries.push({ name: AUTH_SECRET_FILE, type: "file", data: fs.readFileSync(secret) });
  return gzipSync(writeTar([{ name: PGLITE_DIR, type: "dir", data: Buffer.alloc(0) }, ...entries]));
}

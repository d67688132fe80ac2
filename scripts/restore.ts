// `npm run restore -- FILE`: unpacks a backup from `npm run backup` into an empty DATA_DIR.
import path from "node:path";
import { RestoreError, restoreBackup } from "@/lib/backup/restore-backup";
import { DataDirError } from "@/lib/db/make-data-dir-private";
import { EnvError, parseEnv } from "@/lib/env";

async function main() {
  const file = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
  if (!file) throw new RestoreError("Usage: npm run restore -- FILE");
  const config = parseEnv();
  if (config.DATABASE_URL) throw new RestoreError("DATABASE_URL is set: restore PostgreSQL with pg_restore or psql (see README).");
  const { stories } = await restoreBackup({ file: path.resolve(file), dataDir: config.dataDir });
  console.log(`Restored into ${config.dataDir}: ${stories} stories. Start the app with npm start.`);
}

main().catch((error: unknown) => {
  const known = error instanceof RestoreError || error instanceof EnvError || error instanceof DataDirError;
  console.error(known ? error.message : error);
  process.exit(1);
});

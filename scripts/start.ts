// `npm start`: build if needed, migrate, seed, then serve, all in one process that owns the
// database. PGlite allows one opener per data directory, and SIGTERM must close it cleanly.
// `npm run dev` is the same with Next's development server and no build.
import path from "node:path";
import { closeDb } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { DataDirError } from "@/lib/db/make-data-dir-private";
import { EnvError, env } from "@/lib/env";
import { startHttpFront } from "@/lib/server/http-front";
import { startMaintenance } from "@/lib/server/maintenance";
import { prepareServer } from "@/lib/server/prepare";
import { closeOnSignals } from "@/lib/server/shutdown";

process.env.NEXT_TELEMETRY_DISABLED = "1";

async function main() {
  const options = {
    config: env(),
    root: path.resolve(__dirname, ".."),
    dev: process.argv.includes("--dev"),
    embedded: dbConfig().kind === "pglite",
  };
  await prepareServer(options);
  const front = await startHttpFront(options);
  const stopMaintenance = await startMaintenance(options);
  closeOnSignals({ steps: [front.close, stopMaintenance] });
}

main().catch(async (error) => {
  console.error(error instanceof EnvError || error instanceof DataDirError ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});

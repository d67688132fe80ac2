// `npm run backup -- --out FILE`: a consistent backup of the embedded database, made by the
// running app (lib/backup) and written to FILE, readable only by this user.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { BACKUP_SOCKET } from "@/lib/backup/serve-backup-socket";
import { EnvError, parseEnv } from "@/lib/env";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function requestBackup(socketPath: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = http.request({ socketPath, path: "/backup", method: "POST" }, resolve);
    request.on("error", reject);
    request.end();
  });
}

async function main() {
  const outIndex = process.argv.indexOf("--out");
  const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
  if (!out) fail("Usage: npm run backup -- --out FILE");
  let config;
  try {
    config = parseEnv();
  } catch (error) {
    fail(error instanceof EnvError ? error.message : String(error));
  }
  if (config.DATABASE_URL) fail("DATABASE_URL is set: back up PostgreSQL with pg_dump (see README).");
  const target = path.resolve(out);
  if (fs.existsSync(target)) fail(`${target} exists already; choose a new file name.`);
  const socketPath = path.join(config.dataDir, BACKUP_SOCKET);
  let response: http.IncomingMessage;
  try {
    response = await requestBackup(socketPath);
  } catch {
    fail(
      `No running Sakligt answered at ${socketPath}. Start the app (npm start) with the same DATA_DIR ` +
        "and run the backup again. While the app is stopped, a copy of the whole DATA_DIR is a backup too.",
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  if (response.statusCode !== 200) fail(`The app could not make the backup: ${body.toString("utf8")}`);
  const partial = `${target}.partial`;
  fs.writeFileSync(partial, body, { mode: 0o600, flag: "wx" });
  fs.renameSync(partial, target);
  console.log(`Backup written to ${target} (${(body.length / 1e6).toFixed(1)} MB).`);
}

void main();

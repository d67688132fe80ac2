import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// A secret generated once per installation and kept next to its data, so that no two
// installations share one and a restart keeps moderators logged in. Only the app's user may
// read it: anyone who can forges moderator sessions.
export function resolveAuthSecret({ configured, dataDir }: { configured?: string; dataDir: string }): string {
  if (configured) return configured;
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) {
    if (process.getuid && (fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
    return fs.readFileSync(file, "utf8").trim();
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: "wx" });
  return secret;
}

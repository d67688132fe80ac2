// `npm start`: build if needed, migrate, seed, then serve, all in one process that owns the
// database. PGlite allows one opener per data directory, and SIGTERM must close it cleanly.
// `npm run dev` is the same with Next's development server and no build.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { createBackup } from "@/lib/backup/create-backup";
import { serveBackupSocket } from "@/lib/backup/serve-backup-socket";
import { configureAuthOrigin } from "@/lib/auth/configure-auth-origin";
import { PageCache } from "@/lib/cache/page-cache";
import { publicCacheOf } from "@/lib/cache/public-cache";
import { closeDb, currentDbHandle, db } from "@/lib/db";
import { dbConfig } from "@/lib/db/config";
import { DataDirError } from "@/lib/db/make-data-dir-private";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { EnvError, env } from "@/lib/env";
import { keepErasurePendingIn } from "@/lib/erasure/erasure-pending";
import { scheduleScrub } from "@/lib/erasure/schedule-scrub";
import { scrubErasedText } from "@/lib/erasure/scrub-erased-text";
import { withResponseStatusOverride } from "@/lib/http/response-status-override";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { seedDemoQueue } from "@/lib/seed/seed-demo-queue";
import { dropUntrustedForwardedHeaders } from "@/lib/request/drop-untrusted-forwarded-headers";
import { stampClientAddress } from "@/lib/request/stamp-client-address";
import { stopRefusedUpload } from "@/lib/request/stop-refused-upload";
import { retentionConfig } from "@/lib/retention/retention-config";
import { runRetention } from "@/lib/retention/run-retention";
import { scheduleRetention } from "@/lib/retention/schedule-retention";
import { seedBaseContent, seedDemoStories, seedHouseStyle } from "@/lib/seed/seed-database";
import { createNonce } from "@/lib/security/content-security-policy";
import { sealPlainTotpSecrets } from "@/lib/totp/seal-plain-totp-secrets";

const root = path.resolve(__dirname, "..");
const dev = process.argv.includes("--dev");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n${path.basename(command)} ${args.join(" ")} failed (exit ${result.status}).`);
    process.exit(1);
  }
}

async function main() {
  const config = env();
  const embedded = dbConfig().kind === "pglite";

  configureAuthOrigin({ publicUrl: config.publicUrl });
  if (!config.PUBLIC_URL && !config.NEXTAUTH_URL && config.TRUST_PROXY !== "true") {
    console.log(`PUBLIC_URL is not set: the login's links and redirects point to ${config.publicUrl}.`);
  }

  const distDir = process.env.NEXT_DIST_DIR || ".next";
  if (!dev && !fs.existsSync(path.join(root, distDir, "BUILD_ID"))) {
    console.log("No production build found: building (this takes a few minutes the first time).");
    run(bin("next"), ["build"]);
  }

  console.log(`Applying migrations to ${embedded ? `the embedded database in ${config.dataDir}` : "PostgreSQL"}.`);
  const { authSecret } = await prepareDatabase({ config });
  process.env.NEXTAUTH_SECRET = authSecret;
  if (!config.AUTH_SECRET && !embedded) {
    console.warn("AUTH_SECRET is not set: using one kept in DATA_DIR. Several instances need one shared AUTH_SECRET.");
  }

  await seedBaseContent(db);
  await seedHouseStyle(db);
  const seedDemo = (config.SEED_DEMO_CONTENT ?? (embedded ? "true" : "false")) === "true";
  if (seedDemo) {
    const count = await seedDemoStories(db);
    if (count > 0) console.log(`Seeded ${count} demo stories.`);
  }
  const admin = await ensureAdmin({
    db,
    email: config.ADMIN_EMAIL,
    password: config.ADMIN_PASSWORD,
    allowDemo: embedded,
  });
  if (admin.kind === "demo-created") {
    if (seedDemo) await seedDemoQueue({ colleagueId: admin.colleague.id });
    console.log(
      `\nA demo admin was created. This login is shown once:\n  e-post:   ${admin.email}\n  lösenord: ${admin.password}\n` +
        `A second demo moderator, to try colleague review alone (prepare as one, approve as the other):\n` +
        `  e-post:   ${admin.colleague.email}\n  lösenord: ${admin.colleague.password}\n` +
        "Set ADMIN_EMAIL and ADMIN_PASSWORD to choose your own.\n",
    );
  } else if (admin.kind === "none") {
    console.warn("No moderator account exists. Set ADMIN_EMAIL and ADMIN_PASSWORD to create an admin.");
  }

  // Second factors stored in plain text by an older version are sealed before anyone logs in.
  await sealPlainTotpSecrets({ db });

  // An erasure the last run did not scrub (it may have crashed) is remembered in DATA_DIR.
  if (embedded) keepErasurePendingIn(path.join(config.dataDir, "erasure-pending"));

  const app = next({ dev, dir: root, port: config.PORT, hostname: "0.0.0.0" });
  await app.prepare();
  const handle = app.getRequestHandler();
  const trustProxy = config.TRUST_PROXY === "true";
  // Reader pages as anonymous readers get them (lib/cache/page-cache.ts), emptied by every
  // public change with the rest of the public cache. Not in development, where pages change.
  const pageCache = dev ? null : new PageCache({ content: () => publicCacheOf(currentDbHandle()), createNonce });
  const server = http.createServer((req, res) => {
    dropUntrustedForwardedHeaders(req, { trustProxy });
    stampClientAddress(req, { trustProxy });
    if (stopRefusedUpload(req, res)) return;
    // A page may ask for a status of its own, such as a search refused under load (503).
    void withResponseStatusOverride(res, () => (pageCache ? pageCache.handle(req, res, () => handle(req, res)) : handle(req, res)));
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  console.log(`Sakligt is running on http://localhost:${config.PORT}`);

  // Maintenance starts once readers can be served, and works in short batches beside them
  // (lib/retention/in-batches.ts); the scrub runs only when an erasure is waiting.
  const retention = retentionConfig(config);
  const stopRetention = scheduleRetention({
    intervalMinutes: retention.intervalMinutes,
    run: (signal) => runRetention({ config: retention, signal }),
  });
  const stopScrub = scheduleScrub({
    boundMinutes: config.ERASURE_SCRUB_MINUTES,
    run: () => scrubErasedText({ dataDir: embedded ? config.dataDir : undefined }),
  });
  const closeBackupSocket = embedded ? await openBackupSocket(config.dataDir) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the server and the database.`);
    server.closeIdleConnections?.();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await app.close?.();
    await stopRetention();
    await stopScrub();
    await closeBackupSocket?.();
    await closeDb();
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

// `npm run backup` asks this process, the database's only opener, for the backup (lib/backup).
async function openBackupSocket(dataDir: string) {
  const pglite = currentDbHandle().pglite;
  if (!pglite) return undefined;
  return serveBackupSocket({ dataDir, backup: () => createBackup({ pglite, dataDir }) }).catch((error: unknown) => {
    console.warn(`npm run backup is unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  });
}

main().catch(async (error) => {
  console.error(error instanceof EnvError || error instanceof DataDirError ? error.message : error);
  await closeDb().catch(() => {});
  process.exit(1);
});

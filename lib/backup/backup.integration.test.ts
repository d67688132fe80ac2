import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, inject, it } from "vitest";
import { openDb } from "@/lib/db";
import { rejectStory } from "@/lib/moderation/reject-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createStory } from "@/lib/stories/create-story";
import { createBackup } from "./create-backup";
import { serveBackupSocket } from "./serve-backup-socket";

const globalForDb = globalThis as unknown as { sakligtDb?: ReturnType<typeof openDb> };
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tempRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-bak-"));
  roots.push(root);
  return root;
}

function run(args: string[], dataDir: string): Promise<{ status: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  const child = spawn(path.resolve("node_modules/.bin/tsx"), args, { env });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, output })));
}

const readStories = (handle: ReturnType<typeof openDb>) =>
  handle.client.story.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, body: true, status: true, rejectionReason: true } });

it("backs up the running embedded database and restores it into an empty DATA_DIR with the same rows", { timeout: 240_000 }, async () => {
  const dataDir = path.join(tempRoot(), "data");
  fs.mkdirSync(dataDir, { mode: 0o700 });
  fs.cpSync(inject("pgliteTemplateDir"), path.join(dataDir, "pglite"), { recursive: true });
  fs.writeFileSync(path.join(dataDir, "auth-secret"), "backup-test-secret-0123456789abcdef\n", { mode: 0o600 });
  const handle = openDb({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
  globalForDb.sakligtDb = handle;
  let tagIds: string[] = [];
  const send = (title: string) => createStory({ title, body: sampleBody, tagIds, municipalityCode: null, authorRole: null });
  const closeSocket = await serveBackupSocket({ dataDir, backup: () => createBackup({ pglite: handle.pglite!, dataDir }) });
  const file = path.join(tempRoot(), "sakligt.backup");
  let before, after;
  try {
    tagIds = [(await seedTagsAndTemplates()).tags[0].id];
    const moderatorId = (await seedModerator()).id;
    for (let i = 0; i < 5; i++) await send(`Före säkerhetskopian ${i}`);
    const { storyId } = await send("Avvisad före");
    await rejectStory({ storyId, moderatorId, reason: "Skälet står kvar." });
    before = await readStories(handle);

    // The app keeps taking stories while the backup is made. PGlite answers through microtasks
    // only, so each write yields to I/O as a request would, or the backup request never lands.
    let writing = true;
    const writer = (async () => {
      for (let i = 0; writing; i++) {
        await send(`Under säkerhetskopian ${i}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await run(["scripts/backup.ts", "--out", file], dataDir);
    writing = false;
    await writer;
    expect(backup.status, backup.output).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    after = await readStories(handle);
  } finally {
    await closeSocket();
    globalForDb.sakligtDb = undefined;
    await handle.close();
  }

  fs.rmSync(dataDir, { recursive: true });
  const restore = await run(["scripts/restore.ts", file], dataDir);
  expect(restore.status, restore.output).toBe(0);
  expect(fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8")).toBe("backup-test-secret-0123456789abcdef\n");
  // As the restore left it, before anything else opens the database.
  const modes = fs.readdirSync(dataDir, { withFileTypes: true, recursive: true }).map((entry) => ({
    dir: entry.isDirectory(),
    mode: fs.statSync(path.join(entry.parentPath, entry.name)).mode & 0o777,
  }));
  expect(modes.filter(({ dir, mode }) => mode !== (dir ? 0o700 : 0o600))).toEqual([]);
  const restored = openDb({ kind: "pglite", dataDir: path.join(dataDir, "pglite") });
  try {
    const rows = await readStories(restored);
    // Everything written before the backup, whole; of what was written during it, only whole
    // rows the app had committed: never a row the app did not have.
    for (const row of before) expect(rows).toContainEqual(row);
    for (const row of rows) expect(after).toContainEqual(row);
    expect(await restored.client.moderator.count()).toBe(1);
  } finally {
    await restored.close();
  }
});

it("refuses to restore into a DATA_DIR that is not empty", { timeout: 60_000 }, async () => {
  const dataDir = tempRoot();
  fs.writeFileSync(path.join(dataDir, "auth-secret"), "something\n");
  const result = await run(["scripts/restore.ts", path.join(dataDir, "auth-secret")], dataDir);
  expect(result.status).toBe(1);
  expect(result.output).toContain("is not empty");
  expect(fs.readdirSync(dataDir)).toEqual(["auth-secret"]);
});

it("says what to do when no app is running on DATA_DIR", { timeout: 60_000 }, async () => {
  const dataDir = tempRoot();
  const result = await run(["scripts/backup.ts", "--out", path.join(dataDir, "x.backup")], dataDir);
  expect(result.status).toBe(1);
  expect(result.output).toContain("No running Sakligt answered");
  expect(fs.existsSync(path.join(dataDir, "x.backup"))).toBe(false);
});

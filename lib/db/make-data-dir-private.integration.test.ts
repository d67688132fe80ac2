import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
});

function tempRoot() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-perm-"));
  roots.push(root);
  return root;
}

// The start path in its own process, under umask 000 so nothing but the code's own chmod can
// make a file private.
function prepare(dataDir: string): Promise<{ status: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, SEED_DEMO_CONTENT: "false" };
  delete env.DATABASE_URL;
  delete env.AUTH_SECRET;
  const tsx = path.resolve("node_modules/.bin/tsx");
  const child = spawn("sh", ["-c", 'umask 000 && exec "$0" test/fixtures/prepare-database.ts', tsx], { env });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (status) => resolve({ status, stderr })));
}

function modes(dir: string): { file: string; mode: string; isDir: boolean }[] {
  const found = [{ file: dir, mode: (fs.statSync(dir).mode & 0o777).toString(8), isDir: true }];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    found.push({ file, mode: (fs.statSync(file).mode & 0o777).toString(8), isDir: entry.isDirectory() });
  }
  return found;
}

// Preparing a data directory migrates a new embedded database in a process of its own, which
// takes seconds; it is done once here, and the tests that need an existing directory get a copy.
let prepared = "";
let preparedResult: { status: number | null; stderr: string };
beforeAll(async () => {
  prepared = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-perm-")), "data");
  preparedResult = await prepare(prepared);
}, 180_000);
afterAll(() => fs.rmSync(path.dirname(prepared), { recursive: true, force: true }));

function copyOfPrepared(): string {
  expect(preparedResult.status, preparedResult.stderr).toBe(0);
  const dataDir = path.join(tempRoot(), "data");
  fs.cpSync(prepared, dataDir, { recursive: true });
  return dataDir;
}

it("leaves a new data directory 0700 with every file in it 0600, the auth secret included", async () => {
  const dataDir = prepared;
  const result = preparedResult;
  expect(result.status, result.stderr).toBe(0);
  const all = modes(dataDir);
  expect(all.filter((entry) => !entry.isDir).length).toBeGreaterThan(100);
  expect(all.find((entry) => entry.file === path.join(dataDir, "auth-secret"))?.mode).toBe("600");
  expect(all.filter((entry) => entry.mode !== (entry.isDir ? "700" : "600"))).toEqual([]);
}, 180_000);

it("makes an existing data directory with open permissions private", async () => {
  const dataDir = copyOfPrepared();
  for (const { file } of modes(dataDir)) fs.chmodSync(file, 0o777);
  fs.chmodSync(path.join(dataDir, "auth-secret"), 0o666);
  const result = await prepare(dataDir);
  expect(result.status, result.stderr).toBe(0);
  expect(modes(dataDir).filter((entry) => entry.mode !== (entry.isDir ? "700" : "600"))).toEqual([]);
}, 180_000);

it.skipIf(!isRoot)("refuses, with a message, a data directory owned by another user", async () => {
  const dataDir = path.join(tempRoot(), "data");
  fs.mkdirSync(dataDir, { mode: 0o777 });
  fs.chmodSync(dataDir, 0o777);
  fs.chownSync(dataDir, NOBODY, NOBODY);
  const result = await prepare(dataDir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain("The data directory cannot be kept private");
  expect(result.stderr).toContain(`belongs to user id ${NOBODY}`);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  // Nothing was written into it: no database, no secret.
  expect(fs.readdirSync(dataDir)).toEqual([]);
}, 180_000);

it.skipIf(!isRoot)("refuses a data directory with a file inside that another user owns", async () => {
  const dataDir = copyOfPrepared();
  const planted = path.join(dataDir, "pglite", "PG_VERSION");
  fs.chownSync(planted, NOBODY, NOBODY);
  const result = await prepare(dataDir);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`${planted} belongs to user id ${NOBODY}`);
}, 180_000);

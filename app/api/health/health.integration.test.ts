import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, expect, inject, it, vi } from "vitest";
import { db, openDb } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { checkDatabase } from "@/lib/health/check-database";
import { GET } from "./route";

const globalForDb = globalThis as unknown as { sakligtDb?: ReturnType<typeof openDb> };

function spyOnLogs() {
  return ["log", "info", "warn", "error", "debug"].map((name) =>
    vi.spyOn(console, name as "log").mockImplementation(() => {}),
  );
}

async function expectQuietAnswer(status: number) {
  const spies = spyOnLogs();
  const response = await GET();
  expect(response.status).toBe(status);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("set-cookie")).toBeNull();
  for (const spy of spies) expect(spy).not.toHaveBeenCalled();
}

afterEach(() => vi.restoreAllMocks());

describeEachDatabase("GET /api/health", () => {
  it("answers 200 while the database answers", async () => {
    // The app serves only after start has migrated, so the database is warm; a first PGlite
    // query on a busy machine can take longer than the probe's timeout.
    await db.$queryRawUnsafe("SELECT 1");
    await expectQuietAnswer(200);
  });
});

// A port nobody listens on is what a stopped PostgreSQL looks like to the app.
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

it("answers 503 when the PostgreSQL server is stopped", async () => {
  const handle = openDb({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${await closedPort()}/sakligt` });
  globalForDb.sakligtDb = handle;
  try {
    await expectQuietAnswer(503);
  } finally {
    globalForDb.sakligtDb = undefined;
    await handle.close().catch(() => {});
  }
});

it("answers 503 when the embedded database is closed", { timeout: 90_000 }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "sakligt-health-"));
  // A copy of the migrated template opens in a fraction of the time a new directory takes.
  fs.cpSync(inject("pgliteTemplateDir"), path.join(root, "pglite"), { recursive: true });
  const handle = openDb({ kind: "pglite", dataDir: path.join(root, "pglite") });
  await handle.pglite!.waitReady;
  await handle.close();
  globalForDb.sakligtDb = handle;
  try {
    await expectQuietAnswer(503);
  } finally {
    globalForDb.sakligtDb = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  }
});

it("counts a server that accepts but never answers as down after the timeout", async () => {
  const sockets: net.Socket[] = [];
  const silent = net.createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as net.AddressInfo;
  const handle = openDb({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${port}/sakligt` });
  try {
    const started = Date.now();
    expect(await checkDatabase({ db: handle.client, timeoutMs: 300 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
    await handle.close().catch(() => {});
  }
});

import fs from "node:fs";
import path from "node:path";
import { expect, test, type TestInfo } from "@playwright/test";
import pg from "pg";
import { type AppServer, startAppServer } from "@/scripts/lib/app-server";
import { letterCode, listTagIds, type SendOutcome, sendStory, storyActionId, type StoryInput, testStory } from "@/scripts/lib/send-story";
import { type Database, storiesByReceipt, withDatabase } from "@/scripts/lib/stored-stories";
import { type Cluster, startCluster } from "@/test/postgres-cluster";

// A receipt is a promise: the story is stored. Authors send a stream of stories, several at
// once, through the real server action, and the server is killed (SIGKILL: no chance to close
// or flush anything) while requests are in flight. After a restart every story whose author
// got a receipt must be there, word for word, and the database must open.
// It needs no browser and starts servers of its own, so it runs in the api project
// (playwright.config.ts), once on the embedded database and once on a throwaway PostgreSQL
// cluster, beside the browser journeys.

const STORIES = 60;
const AT_ONCE = 6;
const KILL_AFTER_RECEIPTS = 25;

for (const kind of ["embedded", "postgres"] as const) {
  test(`[author] every story with a receipt survives the server being killed mid-stream [${kind}]`, { tag: "@api" }, async ({}, testInfo) => {
    await killMidStream(kind, testInfo);
  });
}

async function killMidStream(kind: "embedded" | "postgres", testInfo: TestInfo) {
  test.setTimeout(600_000);
  const embedded = kind === "embedded";
  const port = Number(process.env.E2E_PORT ?? 3200) + (embedded ? 3 : 4);
  const dataDir = path.join(__dirname, "..", ".e2e", `crash-${kind}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  let cluster: Cluster | undefined;
  let server: AppServer | undefined;
  try {
    let database: Database = { dataDir };
    if (!embedded) {
      cluster = await startCluster();
      const admin = new pg.Client({ connectionString: cluster.url("postgres") });
      await admin.connect();
      await admin.query("CREATE DATABASE sakligt_crash");
      await admin.end();
      database = { databaseUrl: cluster.url("sakligt_crash") };
    }
    const env = {
      DATABASE_URL: "databaseUrl" in database ? database.databaseUrl : "",
      DATA_DIR: dataDir,
      SEED_DEMO_CONTENT: "false",
      TRUST_PROXY: "",
      PUBLIC_URL: "",
      NEXTAUTH_URL: "",
      AUTH_SECRET: "crash-test-secret-0123456789abcdef0123456789",
      // One source sends everything, and the test is about storage, not about abuse protection.
      RATE_LIMIT_STORIES_PER_HOUR: "100000",
      ALTCHA_MAX_NUMBER: "1000",
    };
    server = await startAppServer({ port, env });
    const actionId = storyActionId();
    const tagIds = await listTagIds(server.url);
    const run = `krasch ${letterCode(Math.floor(Math.random() * 26 ** 6))}`;

    const receipts = new Map<string, StoryInput>();
    const outcomes: (SendOutcome & { sentAt: number })[] = [];
    let next = 0;
    let killedAt = Infinity;
    let killing: Promise<void> | undefined;
    let dead = false;
    // The authors keep sending until the server is seen dead, so requests are on their way in,
    // being checked or being written at the moment it dies.
    const author = async () => {
      while (next < STORIES && !dead) {
        const story = testStory({ run, index: next++, tagIds });
        const sentAt = Date.now();
        const outcome = await sendStory({ baseUrl: server!.url, actionId, story });
        outcomes.push({ ...outcome, sentAt });
        if (outcome.kind === "receipt") receipts.set(outcome.token, story);
        if (receipts.size >= KILL_AFTER_RECEIPTS && !killing) {
          killedAt = Date.now();
          killing = server!.kill().then(() => void (dead = true));
        }
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, author));
    await killing;
    const unanswered = outcomes.filter((outcome) => outcome.kind === "no-answer");
    testInfo.annotations.push({
      type: "stream",
      description:
        `${outcomes.length} sent, ${receipts.size} receipts, ${unanswered.length} without an answer ` +
        `(${unanswered.filter((outcome) => outcome.sentAt < killedAt).length} of them sent before the kill)`,
    });
    expect(killing, `the server was killed mid-stream; first answers: ${JSON.stringify(outcomes.slice(0, 2))}`).toBeDefined();
    expect(outcomes.filter((outcome) => outcome.kind === "server-error" || outcome.kind === "refused")).toEqual([]);
    expect(unanswered.length, "requests the dead server never answered").toBeGreaterThan(0);

    // The same data directory or database: the start script opens it, recovers and serves.
    server = await startAppServer({ port, env });
    for (const [token, story] of receipts) {
      const page = await fetch(`${server.url}/kvitto/${token}`);
      expect(page.status, `receipt ${token}`).toBe(200);
      const html = await page.text();
      expect(html).toContain(story.title);
      expect(html).toContain(story.body);
    }
    // Still takes new stories.
    const after = await sendStory({ baseUrl: server.url, actionId, story: testStory({ run, index: STORIES, tagIds }) });
    expect(after.kind).toBe("receipt");

    // Word for word in the database itself, which the embedded one allows only once the app
    // has stopped.
    if (embedded) await server.stop();
    const stored = await withDatabase(database, (query) => storiesByReceipt(query, [...receipts.keys()]));
    for (const [token, story] of receipts) {
      expect(stored.get(token), `story of receipt ${token}`).toEqual({ title: story.title, body: story.body });
    }
  } finally {
    await server?.stop();
    cluster?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

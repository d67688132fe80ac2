// Two app instances on one PostgreSQL database, as two database handles in one process: each
// has its own cache and its own listener, exactly as two servers would. The e2e spec
// e2e/two-instances.spec.ts does the same with two real servers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createNonce } from "@/lib/security/content-security-policy";
import { PUBLIC_API_CACHE_CONTROL, entityTag } from "./http-validators";
import { ANONYMOUS_PAGE_CACHE_CONTROL } from "./page-cache-control";
import { PageCache } from "./page-cache";
import { db, type DbHandle, currentDbHandle, openDb } from "@/lib/db";
import { publishStory } from "@/lib/moderation/publish-story";
import { sampleBody, seedModerator, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { createStory } from "@/lib/stories/create-story";
import { withdrawStory } from "@/lib/stories/withdraw-story";
import { describeEachDatabase } from "@/test/db-harness";
import { LISTENER_APPLICATION_NAME } from "./listen-for-public-changes";
import { publicCacheOf } from "./public-cache";
import { readStories, readPublishedStory } from "@/lib/reader/public-reads";
import { waitUntilCacheServes, within } from "@/test/fixtures/public-cache-helpers";

const globalForDb = globalThis as unknown as { sakligtDb?: DbHandle };

describeEachDatabase("invalidation across instances", (kind) => {
  if (kind === "pglite") {
    it("is not needed: only one process can open an embedded database", () => {});
    return;
  }
  let a: DbHandle;
  let b: DbHandle;
  let tagId: string;
  let moderatorId: string;

  // Runs work with `db` (what every domain function uses) pointing at one instance.
  async function on<T>(handle: DbHandle, work: () => Promise<T>): Promise<T> {
    globalForDb.sakligtDb = handle;
    try {
      return await work();
    } finally {
      globalForDb.sakligtDb = a;
    }
  }
  const titlesOn = async (handle: DbHandle) => on(handle, async () => (await readStories({ pageSize: 50 })).stories.map((s) => s.title));

  beforeAll(async () => {
    a = currentDbHandle();
    if (a.config.kind !== "postgres") throw new Error("expected PostgreSQL");
    b = openDb({ kind: "postgres", url: a.config.url });
    tagId = (await seedTagsAndTemplates()).tags[0].id;
    moderatorId = (await seedModerator()).id;
    await waitUntilCacheServes(a);
    await waitUntilCacheServes(b);
  });
  afterAll(async () => {
    globalForDb.sakligtDb = a;
    await b?.close();
  });

  async function publishedOnA(title: string) {
    const { storyId, receiptToken } = await createStory({ title, body: sampleBody, tagIds: [tagId], municipalityCode: null, authorRole: null });
    const versionOnB = publicCacheOf(b).currentVersion;
    await publishStory({ storyId, moderatorId, title, body: sampleBody, tagIds: [tagId], reply: { body: "Tack.", templateId: null } });
    // The publication's own notification must have reached B before B's cache is tested.
    await within(1_000, async () => expect(publicCacheOf(b).currentVersion).toBeGreaterThan(versionOnB));
    return { storyId, token: receiptToken };
  }

  it("a story withdrawn through instance A is gone from instance B's list and story within a second", async () => {
    const title = `Dras tillbaka ${Date.now()}`;
    const { storyId, token } = await publishedOnA(title);
    await within(1_000, async () => expect(await titlesOn(b)).toContain(title));
    expect(await on(b, () => readPublishedStory({ id: storyId }))).not.toBeNull();
    const versionOnB = publicCacheOf(b).currentVersion;

    await withdrawStory({ token });
    const took = await within(1_000, async () => {
      expect(await titlesOn(b)).not.toContain(title);
      expect(await on(b, () => readPublishedStory({ id: storyId }))).toBeNull();
    });
    expect(took).toBeLessThan(1_000);
    expect(publicCacheOf(b).currentVersion).toBeGreaterThan(versionOnB);
  });

  // The control: B really serves from its cache, and only the notification empties it.
  it("instance B keeps serving its cached copy of a change made without a notification", async () => {
    const title = `Ändras tyst ${Date.now()}`;
    const { storyId } = await publishedOnA(title);
    await within(1_000, async () => expect(await titlesOn(b)).toContain(title));
    await db.story.update({ where: { id: storyId }, data: { status: "WITHDRAWN" } });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await waitUntilCacheServes(b);
    expect(await titlesOn(b)).toContain(title);
    await on(a, async () => (await import("./public-change")).announcePublicChange());
    await within(1_000, async () => expect(await titlesOn(b)).not.toContain(title));
  });

  // A connection that dies without closing (a cable, a firewall, a frozen database host) looks
  // like this: the socket stays open and nothing comes back. SIGSTOP on B's listening backend
  // makes exactly that; the tests run as root, the cluster as another user.
  async function publishedAndCachedOnB(title: string) {
    const published = await publishedOnA(title);
    await within(1_000, async () => expect(await titlesOn(b)).toContain(title));
    expect(await on(b, () => readPublishedStory({ id: published.storyId }))).not.toBeNull();
    const pid = publicCacheOf(b).listener?.backendPid();
    if (!pid) throw new Error("instance B's listener has no backend");
    return { ...published, pid, versionOnB: publicCacheOf(b).currentVersion };
  }
  const shownOnB = async (title: string, storyId: string) =>
    (await titlesOn(b)).includes(title) || (await on(b, () => readPublishedStory({ id: storyId }))) !== null;

  it("a story withdrawn through A is gone from B within a second while B's listener hangs silently", async () => {
    const title = `Lyssnaren hänger ${Date.now()}`;
    const { storyId, token, pid, versionOnB } = await publishedAndCachedOnB(title);

    process.kill(pid, "SIGSTOP");
    let took = Number.POSITIVE_INFINITY;
    let versionWhenAsked = Number.NaN;
    try {
      const withdrawnAt = performance.now();
      await withdrawStory({ token });
      // From before the withdrawal to the start of the first read on B that does not show it,
      // polled every 50 ms for long enough to see how long B really keeps it.
      while (performance.now() - withdrawnAt < 15_000) {
        const askedAt = performance.now();
        versionWhenAsked = publicCacheOf(b).currentVersion;
        if (!(await shownOnB(title, storyId))) {
          took = askedAt - withdrawnAt;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      process.kill(pid, "SIGCONT");
    }
    expect(took, `B served the withdrawn story for ${Math.round(took)} ms`).toBeLessThan(1_000);
    // The withdrawal's notification had not got through: B stopped serving on its own.
    expect(versionWhenAsked).toBe(versionOnB);
    await waitUntilCacheServes(b);
    expect(await titlesOn(b)).not.toContain(title);
  });

  // The one rule for a lapse that ends without a new connection: nothing is retired, because
  // nothing was missed. The notifications wait in order ahead of the proof that ends it.
  it("a read on B waits out a short hang of its listener and then gets the change it missed", async () => {
    const title = `Lyssnaren tvekar ${Date.now()}`;
    const { storyId, token, pid, versionOnB } = await publishedAndCachedOnB(title);

    process.kill(pid, "SIGSTOP");
    let read: Promise<string[]> | undefined;
    let answered = false;
    try {
      await withdrawStory({ token });
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(publicCacheOf(b).serving).toBe(false);
      read = titlesOn(b).finally(() => {
        answered = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 600));
      // Neither the cached copy (stale) nor the database (the read would be back by now).
      expect(answered).toBe(false);
    } finally {
      process.kill(pid, "SIGCONT");
    }
    expect(await read).not.toContain(title);
    expect(publicCacheOf(b).listener?.backendPid()).toBe(pid);
    expect(publicCacheOf(b).currentVersion).toBeGreaterThan(versionOnB);
    // Serving again on the same connection; a proof sent during the hang may come back first and
    // is too old to count, so the next one is waited for.
    await within(1_000, async () => expect(publicCacheOf(b).serving).toBe(true));
    expect(publicCacheOf(b).listener?.backendPid()).toBe(pid);
    expect(await shownOnB(title, storyId)).toBe(false);
  });

  // B's front: its own page cache in front of a render that reads through B's data cache, as
  // Next does behind lib/server/http-front.ts. Each render is counted, so a response that was
  // not rendered was sent from B's page cache.
  async function frontOfB() {
    const renders: string[] = [];
    const pageCache = new PageCache({ content: () => publicCacheOf(b), createNonce });
    const server = http.createServer((req, res) => {
      void pageCache.handle(req, res, () =>
        on(b, async () => {
          renders.push(req.url ?? "");
          const url = new URL(req.url ?? "/", "http://b.invalid");
          const nonce = createNonce();
          const id = /^\/(?:api\/v1\/stories|berattelser)\/([^/]+)$/.exec(url.pathname)?.[1];
          const search = url.searchParams.get("q");
          const body =
            id !== undefined
              ? await readPublishedStory({ id })
              : search !== null
                ? await readStories({ search })
                : await readStories({ pageSize: 50 });
          if (body === null) res.statusCode = 404;
          res.setHeader("Content-Security-Policy", `script-src 'nonce-${nonce}'`);
          if (url.pathname.startsWith("/api/")) {
            const json = JSON.stringify(body);
            res.setHeader("Cache-Control", search === null ? PUBLIC_API_CACHE_CONTROL : "private, no-cache");
            res.setHeader("Content-Type", "application/json");
            res.setHeader("ETag", entityTag(json));
            res.end(json);
          } else {
            res.setHeader("Cache-Control", ANONYMOUS_PAGE_CACHE_CONTROL);
            res.setHeader("Content-Type", "text/html; charset=utf-8");
            res.end(`<!DOCTYPE html><html><body><pre>${JSON.stringify(body)}</pre><script nonce="${nonce}"></script></body></html>`);
          }
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { base, renders, pageCache, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
  }

  it("a story withdrawn through A is gone from B's pages, lists, API and search within a second; another story's page stays kept", async () => {
    const word = `tillbakadragen${Date.now().toString(36)}`;
    const withdrawn = await publishedOnA(`Dras tillbaka ${word}`);
    const other = await publishedOnA(`Står kvar ${Date.now()}`);
    const front = await frontOfB();
    try {
      const addresses = [`/berattelser/${withdrawn.storyId}`, "/berattelser", "/", "/api/v1/stories", `/api/v1/stories/${withdrawn.storyId}`];
      const searches = [`/api/v1/search?q=${word}`, `/sok?q=${word}`];
      const otherPage = `/berattelser/${other.storyId}`;
      await waitUntilCacheServes(b);
      // Every address twice: the second of each comes from B's page cache.
      for (const address of [...addresses, otherPage, ...addresses, otherPage]) {
        const response = await fetch(`${front.base}${address}`);
        expect(response.status, address).toBe(200);
        expect(await response.text(), address).toContain(address === otherPage ? other.storyId : withdrawn.storyId);
      }
      for (const address of searches) expect(await (await fetch(`${front.base}${address}`)).text(), address).toContain(withdrawn.storyId);
      expect(front.renders).toHaveLength(addresses.length + 1 + searches.length);
      const kept = front.pageCache.size;

      const withdrawnAt = performance.now();
      await withdrawStory({ token: withdrawn.token });
      const stillShowing = async () => {
        const showing: string[] = [];
        for (const address of [...addresses, ...searches]) {
          if ((await (await fetch(`${front.base}${address}`)).text()).includes(withdrawn.storyId)) showing.push(address);
        }
        return showing;
      };
      let showing = await stillShowing();
      while (showing.length > 0 && performance.now() - withdrawnAt < 1_000) showing = await stillShowing();
      expect(showing, `still on B ${Math.round(performance.now() - withdrawnAt)} ms after the withdrawal`).toEqual([]);
      expect((await fetch(`${front.base}/berattelser/${withdrawn.storyId}`)).status).toBe(404);

      // The other story's page was not rendered again: B sent its kept copy.
      const rendersBefore = front.renders.length;
      const response = await fetch(`${front.base}${otherPage}`);
      expect(await response.text()).toContain(other.storyId);
      expect(front.renders.slice(rendersBefore)).toEqual([]);
      expect(front.renders.filter((address) => address === otherPage)).toHaveLength(1);
      expect(front.pageCache.size).toBeLessThanOrEqual(kept);
    } finally {
      await front.close();
    }
  });

  it("serves nothing from the cache while its listener is down, and starts over when it is back", async () => {
    const title = `Medan lyssnaren är borta ${Date.now()}`;
    const { storyId } = await publishedOnA(title);
    await within(1_000, async () => expect(await titlesOn(b)).toContain(title));
    const versionOnB = publicCacheOf(b).currentVersion;

    const admin = new pg.Client({ connectionString: a.config.kind === "postgres" ? a.config.url : "" });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1", [LISTENER_APPLICATION_NAME]);
    } finally {
      await admin.end();
    }
    await within(1_000, async () => expect(publicCacheOf(b).serving).toBe(false));
    // A change no notification announces is seen at once: the read went to the database.
    await db.story.update({ where: { id: storyId }, data: { status: "WITHDRAWN" } });
    expect(await titlesOn(b)).not.toContain(title);

    await waitUntilCacheServes(b);
    expect(publicCacheOf(b).currentVersion).toBeGreaterThan(versionOnB);
  });
});

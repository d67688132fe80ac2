import { NextRequest } from "next/server";
import { beforeAll, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import { searchGate } from "@/lib/stories/run-reader-search";
import messages from "@/messages/sv/reader.json";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as health } from "../../health/route";
import { GET as listStories } from "../stories/route";
import { GET as search } from "./route";

// One search at a time per instance, one more waiting, and a generous allowance per source:
// the rest of a burst is asked to come back (503, Retry-After) instead of making every reader's
// page wait behind the searches' statements.
process.env.SEARCH_CONCURRENCY = "1";
process.env.SEARCH_QUEUE_LENGTH = "1";
process.env.SEARCH_QUEUE_WAIT_MS = "10000";
process.env.RATE_LIMIT_SEARCHES_PER_MINUTE = "40";
// The rate-limit hashes are keyed with the server secret, which the start script resolves.
process.env.NEXTAUTH_SECRET ??= "search-bound-test-secret-0123456789abcdef";

const searchRequest = (q: string, headers: Record<string, string> = {}) =>
  new NextRequest(`http://localhost/api/v1/search?${new URLSearchParams({ q })}`, { headers });

describeEachDatabase("search under load", () => {
  beforeAll(async () => {
    // A gate made by another test file in this worker, with other limits, is not this one.
    (globalThis as { sakligtSearchGate?: unknown }).sakligtSearchGate = undefined;
    const words = ["överklagade beslutet", "försörjningsstöd", "personlig assistans", "skyddat boende"];
    await db.story.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        status: "PUBLISHED" as const,
        title: `Berättelse ${i} om ${words[i % words.length]}`,
        body: `Jag skrev om ${words[i % words.length]} och om ${words[(i + 1) % words.length]}. `.repeat(30),
        receiptTokenHash: createReceiptToken().tokenHash,
        publishedAt: new Date(Date.UTC(2026, 10, 1, 10, i)),
      })),
    });
  });

  it("refuses a burst it can neither run nor queue with a Swedish 503 and Retry-After, and stores none of it", async () => {
    // Twelve different searches: identical ones would share one answer (the last tests).
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => search(searchRequest(`${i % 2 ? "försörjningsstöd" : "boende"} -ord${"abcdefghijkl"[i]}`))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 503).length, statuses.join(",")).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200).length, statuses.join(",")).toBeGreaterThan(0);
    for (const answer of answers) {
      expect([200, 503]).toContain(answer.status);
      expect(answer.headers.get("cache-control")).toBe("no-store");
      if (answer.status !== 503) continue;
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(await answer.json()).toEqual({ error: { code: "BUSY", message: messages.Api.errors.BUSY } });
    }
    const found = await search(searchRequest("försörjningsstöd"));
    expect(found.status).toBe(200);
    expect((await found.json()).stories.length).toBeGreaterThan(0);
  });

  it("answers readers' lists and the health check while searches wait their turn", async () => {
    const done: string[] = [];
    const track = (label: string, answer: Promise<Response>) =>
      answer.then((response) => {
        done.push(label);
        return response;
      });
    // The embedded database's slot rests after each search (lib/stories/run-reader-search.ts):
    // the burst starts from an idle gate.
    await vi.waitFor(() => expect(searchGate().active).toBe(0), { timeout: 10_000 });
    // Each burst has one search running and one waiting; the reader arrives behind both.
    const searches = Array.from({ length: 2 }, (_, i) => track(`search ${i}`, search(searchRequest(`assistans boende ${i}`))));
    const reader = track("reader", listStories(new NextRequest(`http://localhost/api/v1/stories?page=2`)));
    const check = track("health", health());
    const [readerAnswer, healthAnswer] = await Promise.all([reader, check]);
    const searchAnswers = await Promise.all(searches);
    expect(readerAnswer.status).toBe(200);
    expect(healthAnswer.status).toBe(200);
    expect(searchAnswers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(done.slice(0, 2).sort(), done.join(" → ")).not.toContain("search 1");
  });

  it("allows one source a generous number of searches a minute, then answers 429 with Retry-After", async () => {
    const from = { "x-sakligt-client-address": "203.0.113.9" };
    const statuses: number[] = [];
    let refused: Response | undefined;
    // The allowance is counted in fixed minute windows. Hold the clock a few seconds into one, so
    // a run that happens to straddle a minute's end cannot start a fresh count halfway through.
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.UTC(2026, 11, 5, 12, 0, 5)) });
    try {
      for (let i = 0; i < 45 && !refused; i++) {
        const answer = await search(searchRequest("boende", from));
        statuses.push(answer.status);
        if (answer.status === 429) refused = answer;
      }
    } finally {
      vi.useRealTimers();
    }
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(30);
    expect(refused?.status, statuses.join(",")).toBe(429);
    expect(Number(refused?.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused?.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused?.headers.get("cache-control")).toBe("no-store");
    expect(await refused?.json()).toEqual({ error: { code: "RATE_LIMITED", message: messages.Api.errors.RATE_LIMITED } });
    // Another source is not held back by this one.
    expect((await search(searchRequest("boende", { "x-sakligt-client-address": "203.0.113.10" }))).status).toBe(200);
  });

  it("runs identical searches asked at once as one, gives every asker the answer, and keeps nothing", async () => {
    await vi.waitFor(() => expect(searchGate().active).toBe(0), { timeout: 10_000 });
    const from = { "x-sakligt-client-address": "203.0.113.20" };
    // One search runs at a time and one may wait: eight different ones would mostly be refused.
    const answers = await Promise.all(Array.from({ length: 8 }, () => search(searchRequest("skyddat boende", from))));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    const bodies = await Promise.all(answers.map((answer) => answer.text()));
    expect(new Set(bodies).size).toBe(1);
    const before = JSON.parse(bodies[0]) as { total: number };
    expect(before.total).toBeGreaterThan(0);
    // Once it has settled, the same search runs again and sees a story published since.
    await db.story.create({
      data: { status: "PUBLISHED", title: "Skyddat boende, nyss", body: "Om skyddat boende. ".repeat(20), receiptTokenHash: createReceiptToken().tokenHash, publishedAt: new Date() },
    });
    await vi.waitFor(() => expect(searchGate().active).toBe(0), { timeout: 10_000 });
    const after = (await (await search(searchRequest("skyddat boende", from))).json()) as { total: number };
    expect(after.total).toBe(before.total + 1);
  });

  it("counts every asker of a shared search against its own source's allowance", async () => {
    await vi.waitFor(() => expect(searchGate().active).toBe(0), { timeout: 10_000 });
    const from = { "x-sakligt-client-address": "203.0.113.21" };
    vi.useFakeTimers({ toFake: ["Date"], now: new Date(Date.UTC(2026, 11, 5, 13, 0, 5)) });
    let statuses: number[];
    try {
      const answers = await Promise.all(Array.from({ length: 45 }, () => search(searchRequest("personlig assistans", from))));
      statuses = answers.map((answer) => answer.status);
    } finally {
      vi.useRealTimers();
    }
    // The allowance is 40 a minute: five of the 45 are refused, whichever search they joined.
    expect(statuses.filter((status) => status === 429).length, statuses.join(",")).toBe(5);
    expect(statuses.filter((status) => status === 200).length, statuses.join(",")).toBeGreaterThanOrEqual(35);
  });
});

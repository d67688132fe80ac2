import { beforeAll, beforeEach, expect, inject, it } from "vitest";
import { db, openDb } from "@/lib/db";
import { describeEachDatabase } from "@/test/db-harness";
import { forgiveRateLimitHit } from "./forgive-rate-limit-hit";
import { hitRateLimit } from "./hit-rate-limit";
import { purgeExpiredRateLimits } from "./purge-expired-rate-limits";
import type { RateLimitRule } from "./rules";

const rule: RateLimitRule = { bucket: "story", limit: 5, windowMs: 60 * 60 * 1000 };
const address = { kind: "address" as const, value: "203.0.113.42" };
const at = (iso: string) => new Date(iso);

describeEachDatabase("rate limits counted in the database", (kind) => {
  beforeAll(() => {
    process.env.NEXTAUTH_SECRET = "rate-limit-test-secret-0123456789abcdef";
  });
  beforeEach(async () => {
    await db.rateLimitHit.deleteMany();
  });

  it("allows up to the limit in one window, refuses after, and starts again in the next", async () => {
    const outcomes = [];
    for (let i = 0; i < 7; i++) outcomes.push(await hitRateLimit({ rule, subject: address, now: at("2026-11-22T10:05:00Z") }));
    expect(outcomes.map((o) => o.allowed)).toEqual([true, true, true, true, true, false, false]);
    expect(outcomes.at(-1)?.count).toBe(7);
    // Another source in the same window has its own allowance.
    expect((await hitRateLimit({ rule, subject: { kind: "address", value: "203.0.113.43" }, now: at("2026-11-22T10:06:00Z") })).allowed).toBe(true);
    // The next hour is a new window.
    expect(await hitRateLimit({ rule, subject: address, now: at("2026-11-22T11:00:00Z") })).toMatchObject({ allowed: true, count: 1 });
  });

  it("stores neither the address nor anything containing it", async () => {
    await hitRateLimit({ rule, subject: address, now: at("2026-11-22T10:05:00Z") });
    const rows = await db.rateLimitHit.findMany();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(address.value);
    expect(rows[0]).toMatchObject({ bucket: "story", count: 1, windowStart: at("2026-11-22T10:00:00Z") });
  });

  it("counts every one of many concurrent hits exactly, from two app instances at once", async () => {
    // On PostgreSQL a second connection pool stands in for a second instance of the app.
    const second = kind === "postgres" ? await secondInstance() : undefined;
    try {
      const now = at("2026-11-22T12:30:00Z");
      const hits = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          hitRateLimit({ rule, subject: address, now, client: second && i % 2 === 1 ? second.client : undefined }),
        ),
      );
      const counts = hits.map((hit) => hit.count).sort((a, b) => a - b);
      expect(counts).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(hits.filter((hit) => hit.allowed)).toHaveLength(rule.limit);
      expect((await db.rateLimitHit.findFirstOrThrow()).count).toBe(40);
    } finally {
      await second?.close();
    }
  });

  it("takes back a forgiven hit, so only failures use the allowance", async () => {
    const now = at("2026-11-22T10:05:00Z");
    for (let i = 0; i < 3; i++) {
      const hit = await hitRateLimit({ rule, subject: address, now });
      await forgiveRateLimitHit({ rule, hit });
    }
    // Nothing is left of a source whose every attempt was taken back.
    expect(await db.rateLimitHit.count()).toBe(0);
    expect((await hitRateLimit({ rule, subject: address, now })).count).toBe(1);
  });

  it("purges the rows of windows that have closed, and keeps open ones", async () => {
    const login: RateLimitRule = { bucket: "login-source", limit: 30, windowMs: 15 * 60 * 1000 };
    for (const time of ["08:10", "09:10", "10:10"]) await hitRateLimit({ rule, subject: address, now: at(`2026-11-22T${time}:00Z`) });
    for (const time of ["10:05", "10:16"]) await hitRateLimit({ rule: login, subject: address, now: at(`2026-11-22T${time}:00Z`) });
    expect(await purgeExpiredRateLimits({ now: at("2026-11-22T10:20:00Z") })).toBe(3);
    const left = await db.rateLimitHit.findMany({ orderBy: { windowStart: "asc" } });
    expect(left.map((row) => `${row.bucket} ${row.windowStart.toISOString()}`)).toEqual([
      "story 2026-11-22T10:00:00.000Z",
      "login-source 2026-11-22T10:15:00.000Z",
    ]);
    expect(await purgeExpiredRateLimits({ now: at("2026-11-23T00:00:00Z") })).toBe(2);
  });
});

async function secondInstance() {
  const [{ name }] = await db.$queryRaw<{ name: string }[]>`SELECT current_database()::text AS name`;
  return openDb({ kind: "postgres", url: inject("pgTemplateUrl").replace(/\/sakligt_template$/, `/${name}`) });
}

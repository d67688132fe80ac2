import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { GET as feed } from "@/app/atom.xml/route";
import { db } from "@/lib/db";
import messages from "@/messages/sv/api-docs.json";
import { describeEachDatabase } from "@/test/db-harness";
import { waitUntilCacheServes } from "@/test/fixtures/public-cache-helpers";
import { seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { type RouteFront, startRouteFront } from "@/test/fixtures/route-front";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as listTags } from "./tags/route";

// A small allowance, so the attack fits in a test; the keyed hash needs the server secret.
process.env.RATE_LIMIT_API_PER_MINUTE = "5";
process.env.NEXTAUTH_SECRET ??= "api-limit-test-secret-0123456789abcdef";

const ATTACKER = "203.0.113.77";
const READER = "198.51.100.23";

// The public API and the feeds through the real HTTP front (address stamp, page cache): one
// source asking too often is refused with 429, Retry-After and a Swedish message, while another
// source is still answered, and the counters hold nothing that names either address.
describeEachDatabase("the API's limit per source", () => {
  let front: RouteFront;
  let tagSlug: string;
  beforeAll(async () => {
    tagSlug = (await seedTagsAndTemplates()).tags[0].slug;
    front = await startRouteFront({
      routes: {
        "/api/v1/stories": listStories,
        "/api/v1/tags": listTags,
        "/atom.xml": feed,
        "/api/v1/stories/aaaaaaaaaaaaaaaaaaaaaaaa": (request) => getStory(request, { params: Promise.resolve({ id: "aaaaaaaaaaaaaaaaaaaaaaaa" }) }),
      },
    });
  });
  afterAll(() => front.close());
  beforeEach(async () => {
    await waitUntilCacheServes();
    await db.rateLimitHit.deleteMany();
  });

  const ask = (path: string, source: string) => fetch(`${front.url}${path}`, { headers: { "X-Forwarded-For": source } });

  it("refuses a source past its allowance with 429 and Retry-After, and still answers another source", async () => {
    // Addresses the page cache has not kept, as a scraper walking the API would ask.
    const paths = ["/api/v1/stories?page=2", "/api/v1/stories?page=3", "/api/v1/tags", "/atom.xml", `/atom.xml?tagg=${tagSlug}`, "/api/v1/stories?page=4", "/api/v1/stories/aaaaaaaaaaaaaaaaaaaaaaaa", "/atom.xml?kommun=lund"];
    const statuses: number[] = [];
    for (const path of paths) statuses.push((await ask(path, ATTACKER)).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);

    const refused = await ask("/api/v1/stories?page=5", ATTACKER);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    const body = (await refused.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("RATE_LIMITED");
    expect(body.error.message).toBe(messages.ApiDocs.rateLimited.replace("{perMinute}", "5"));

    // Another source is answered as before, on an address no one has asked for yet.
    expect((await ask("/api/v1/stories?page=6", READER)).status).toBe(200);
    expect((await ask("/atom.xml?kommun=malmo", READER)).status).toBe(200);
  });

  it("keeps no address in the counters", async () => {
    // Each on an address of its own: a copy the page cache holds is sent without a count.
    for (const [page, source] of [ATTACKER, READER, "2001:db8::1"].entries()) await ask(`/api/v1/stories?page=${10 + page}`, source);
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "RateLimitHit"`);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const stored = JSON.stringify(rows);
    for (const text of [ATTACKER, READER, "2001:db8", "203.0.113", "198.51.100", "127.0.0.1"]) expect(stored).not.toContain(text);
  });
});

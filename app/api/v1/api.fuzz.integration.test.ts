import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { beforeAll, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createReceiptToken } from "@/lib/stories/receipt-token";
import messages from "@/messages/sv/reader.json";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as openapi } from "./openapi.json/route";
import { GET as search } from "./search/route";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as statistics } from "./statistics/route";
import { GET as listTags } from "./tags/route";

// Arbitrary query strings, ids and headers against every public API route, on a real
// database: the answer is never a 500, always JSON, and every refusal is explained in Swedish
// with one of the API's own messages. (next-auth's routes need a running Next server; they
// are fuzzed over HTTP in e2e/fuzz-public-actions.spec.ts.)

// Searches and reads are counted per source (lib/stories/run-reader-search.ts): these come from one, and
// many more than a reader's allowance. Their keyed hash needs the server secret.
process.env.RATE_LIMIT_SEARCHES_PER_MINUTE = "100000";
process.env.RATE_LIMIT_API_PER_MINUTE = "100000";
process.env.NEXTAUTH_SECRET ??= "api-fuzz-test-secret-0123456789abcdef";

const swedishMessages = new Set<string>([...Object.values(messages.Api.errors), ...Object.values(messages.Api.queryErrors)]);
const fuzzedRoutes = ["openapi.json/route.ts", "search/route.ts", "statistics/route.ts", "stories/[id]/route.ts", "stories/route.ts", "tags/route.ts"];

// Strings that reach edge cases: unicode, control and NUL characters, percent signs, huge input.
const nastyString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "0", "-1", "1e9", "1e20", "99999999999999999999", "NaN", "Infinity", "1.5", "0x10", "%", "%zz", "%00", "\u0000", "\uD800", "a\uDC00b", "../..", "<script>", "a".repeat(20_000)),
  fc.string({ unit: fc.constantFrom("a", "-", "1", "å", "%", "&", "=", "+", "?", "#", "[", "]"), maxLength: 30 }),
);
const queryKey = fc.oneof(fc.constantFrom("tagg", "kommun", "page", "sida", "q", "after", "before", "__proto__", "constructor", "page[]"), fc.string({ maxLength: 10 }));
const query = fc.oneof(
  fc.array(fc.tuple(queryKey, nastyString), { maxLength: 5 }).map((pairs) => `?${new URLSearchParams(pairs)}`),
  fc.string({ unit: "grapheme-ascii", maxLength: 60 }).map((raw) => `?${raw}`),
);
// Header values a client can send at all (the Headers class refuses the rest, as a server would).
const headers = fc.dictionary(
  fc.constantFrom("accept", "accept-language", "cookie", "if-none-match", "x-forwarded-for", "content-type", "origin", "range"),
  fc.string({ unit: fc.constantFrom(..."abc/*;=,.-_ 0123456789åäö".split("")), maxLength: 40 }).map((value) => value.replace(/[^\x20-\x7e]/g, "x")),
);

async function expectJsonAnswer(response: Response, allowed: number[]) {
  expect(allowed, `status ${response.status}`).toContain(response.status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  const body = await response.json();
  if (response.status >= 400) {
    expect(swedishMessages).toContain(body.error.message);
    for (const message of Object.values(body.error.fields ?? {})) expect(swedishMessages).toContain(message);
  }
  return body;
}

// A fuzzed If-None-Match cannot guess a real ETag, so a 304 is right only when it said "*".
function notModified(response: Response, sent: Record<string, string>) {
  if (response.status !== 304) return false;
  expect(sent["if-none-match"]?.split(",").map((candidate) => candidate.trim())).toContain("*");
  return true;
}

it("fuzzes every route under app/api/v1", () => {
  const root = path.join(__dirname);
  const routes = fs
    .readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("route.ts"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  expect(routes, "a new API route needs its properties here").toEqual(fuzzedRoutes);
});

describeEachDatabase("reader JSON API under arbitrary input", () => {
  let publishedId = "";

  beforeAll(async () => {
    const tag = await db.tag.create({ data: { slug: "bostad", name: "Bostad", description: "Om boende" } });
    const story = await db.story.create({
      data: {
        status: "PUBLISHED",
        title: "Publicerad",
        body: "Text",
        receiptTokenHash: createReceiptToken().tokenHash,
        publishedAt: new Date("2026-11-01T10:00:00Z"),
        tags: { create: [{ tagId: tag.id }] },
      },
    });
    publishedId = story.id;
  });

  it("lists stories for any query string and headers, or refuses in Swedish", async () => {
    await fc.assert(
      fc.asyncProperty(query, headers, async (search, headerValues) => {
        const response = await listStories(new NextRequest(`http://localhost/api/v1/stories${search}`, { headers: headerValues }));
        if (notModified(response, headerValues)) return;
        const body = await expectJsonAnswer(response, [200, 400]);
        if (response.status === 200) expect(Array.isArray(body.stories)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  // Search text is the least trusted input of all: web-search operators, quotes, NUL, lone
  // surrogates, tsquery syntax and SQL. Always a result list or a Swedish 400, never a 500.
  it("searches for any query string and headers, or refuses in Swedish", async () => {
    const searchText = fc.oneof(
      nastyString,
      fc.constantFrom("-", "--", '"', '""', "or", "eller", "-ord", '-"fras"', "!", "&", "|", ":*", "a:*", "(", ")", "<->", "!!a", "a & !b",
        "' OR 1=1 --", "\\", "publicerad", '"publicerad text"', "publicerad -text", "publicerad eller text", "ö".repeat(201)),
      fc.string({ unit: fc.constantFrom("a", "ö", "-", '"', " ", "|", "&", "!", "(", ")", ":", "*", "'", "\\", "<", ">"), maxLength: 40 }),
    );
    const extra = fc.array(fc.tuple(queryKey, nastyString), { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(searchText, extra, headers, async (q, pairs, headerValues) => {
        const params = new URLSearchParams([["q", q], ...pairs]);
        const response = await search(new NextRequest(`http://localhost/api/v1/search?${params}`, { headers: headerValues }));
        if (notModified(response, headerValues)) return;
        const body = await expectJsonAnswer(response, [200, 400]);
        if (response.status === 200) expect(Array.isArray(body.stories)).toBe(true);
      }),
      { numRuns: 150 },
    );
    const found = await expectJsonAnswer(await search(new NextRequest("http://localhost/api/v1/search?q=publicerade")), [200]);
    expect(found.stories.map((story: { id: string }) => story.id)).toEqual([publishedId]);
    for (const [q, key] of [["", "searchEmpty"], ["ö".repeat(201), "searchTooLong"], ["?!-", "searchNoWords"]] as const) {
      const refused = await expectJsonAnswer(await search(new NextRequest(`http://localhost/api/v1/search?${new URLSearchParams({ q })}`)), [400]);
      expect(refused.error.fields.q).toBe(messages.Api.queryErrors[key]);
    }
  });

  it("refuses absurd page numbers with the Swedish page message", async () => {
    for (const page of ["1e20", "99999999999999999999", "-1", "0", "abc", "1.5", "Infinity", "%00", "\u0000"]) {
      const response = await listStories(new NextRequest(`http://localhost/api/v1/stories?${new URLSearchParams({ page })}`));
      const body = await expectJsonAnswer(response, [400]);
      expect(body.error.fields.page, page).toBe(messages.Api.queryErrors.invalidPage);
    }
  });

  it("answers any id with the published story or the same 404", async () => {
    const id = fc.oneof(nastyString, fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789".split("")), minLength: 20, maxLength: 70 }));
    await fc.assert(
      fc.asyncProperty(id, headers, async (storyId, headerValues) => {
        const response = await getStory(new Request("http://localhost/api/v1/stories/x", { headers: headerValues }), {
          params: Promise.resolve({ id: storyId }),
        });
        if (notModified(response, headerValues)) return;
        const body = await expectJsonAnswer(response, storyId === publishedId ? [200] : [404]);
        if (response.status === 404) expect(body.error.code).toBe("NOT_FOUND");
      }),
      { numRuns: 100 },
    );
    await expectJsonAnswer(await getStory(new Request("http://localhost"), { params: Promise.resolve({ id: publishedId }) }), [200]);
  });

  it("describes itself whatever the query string and headers", async () => {
    await fc.assert(
      fc.asyncProperty(query, headers, async (search, headerValues) => {
        const response = await openapi(new NextRequest(`http://localhost/api/v1/openapi.json${search}`, { headers: headerValues }));
        if (notModified(response, headerValues)) return;
        expect((await expectJsonAnswer(response, [200])).openapi).toBe("3.1.0");
      }),
      { numRuns: 50 },
    );
  });

  it("gives the statistics whatever the query string and headers", async () => {
    await fc.assert(
      fc.asyncProperty(query, headers, async (search, headerValues) => {
        const response = await statistics(new NextRequest(`http://localhost/api/v1/statistics${search}`, { headers: headerValues }));
        if (notModified(response, headerValues)) return;
        expect(Array.isArray((await expectJsonAnswer(response, [200])).months)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("lists tags whatever else is going on", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => listTags(new Request("http://localhost/api/v1/tags"))));
    for (const answer of answers) expect((await expectJsonAnswer(answer, [200])).tags).toHaveLength(1);
  });
});

// Every answer of every public API route, walked to its leaves, carries no time finer than a day
// (unless the field is listed below with the reason). A comment's moment to the millisecond is a
// trace of when its writer was online, and on the narrator's own comments it ties the story to a
// person's activity; replies, amendments and publication get the same treatment, since a reader
// needs the day and nothing more.
import fs from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, expect, it } from "vitest";
import { GET as altchaChallenge } from "@/app/api/altcha/challenge/route";
import { GET as health } from "@/app/api/health/route";
import { approveComment } from "@/lib/comments/approve-comment";
import { createAuthorComment } from "@/lib/comments/create-author-comment";
import { createComment } from "@/lib/comments/create-comment";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { amendReply } from "@/lib/replies/amend-reply";
import { seedBaseContent } from "@/lib/seed/seed-database";
import { createPublishedStory, filler } from "@/test/fixtures/story-fixtures";
import { describeEachDatabase } from "@/test/db-harness";
import { GET as search } from "./search/route";
import { GET as openapi } from "./openapi.json/route";
import { GET as statistics } from "./statistics/route";
import { GET as getStory } from "./stories/[id]/route";
import { GET as listStories } from "./stories/route";
import { GET as listTags } from "./tags/route";

const apiRoot = path.resolve(__dirname, "..");

// Route files under app/api that are not readers' content, with the reason. Every other route
// file must be walked below, so a route added later is either walked or named here.
const notWalked: Record<string, string> = {
  "auth/[...nextauth]/route.ts": "the moderators' login (next-auth): sessions and CSRF tokens, no published content",
  "svar/flode/[token]/route.ts":
    "a responder's private Atom feed, behind a secret token: its dates are the publication's day (toPublicDate in lib/alerts/build-responder-feed.ts)",
};

// Fields allowed a finer time, with the reason.
const allowedFields: Record<string, string> = {
  // altcha-lib puts the challenge's expiry (epoch seconds) into its salt, and the widget needs it
  // to know when to fetch a new one. It is the server's clock plus a fixed time, the same for
  // every visitor at that moment: it says nothing about any story, comment or person.
  "altcha/challenge: salt": "the proof-of-work challenge's expiry, the same for everyone",
};

const isoWithTime = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
// Epoch seconds or milliseconds from 2017 to 2033 inside a string (a cursor, a salt).
const epochInText = /(?<![\d])1[5-9]\d{8}(?:\d{3})?(?![\d])/;
const isEpoch = (value: number) => (value > 1.5e9 && value < 2e9) || (value > 1.5e12 && value < 2e12);
// A hash or signature in hex (the proof of work's challenge and signature): random digits, one
// run of which now and then reads like an epoch, but it carries no time.
const isHexDigest = (value: string) => /^[0-9a-f]{32,}$/i.test(value);

type Finding = { path: string; value: unknown };

// Leaves whose value is a time finer than a day: an ISO time of day, an epoch number, or an
// epoch inside a string. A plain date (YYYY-MM-DD) passes.
function finerThanADay(value: unknown, at = "$"): Finding[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => finerThanADay(item, `${at}[${index}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => finerThanADay(item, `${at}.${key}`));
  }
  if (typeof value === "string" && (isoWithTime.test(value) || (epochInText.test(value) && !isHexDigest(value)))) return [{ path: at, value }];
  if (typeof value === "number" && isEpoch(value)) return [{ path: at, value }];
  return [];
}

const fieldName = (finding: Finding) => finding.path.replace(/\[\d+\]/g, "[]").split(".").at(-1)!;

async function walk(route: string, response: Response, found: Map<string, Finding[]>) {
  expect(response.status, route).toBeLessThan(400);
  const body = await response.json();
  const findings = finerThanADay(body).filter((finding) => !allowedFields[`${route}: ${fieldName(finding)}`]);
  found.set(route, [...(found.get(route) ?? []), ...findings]);
  return body;
}

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [path.relative(apiRoot, full)] : [];
  });
}

const request = (url: string) => new NextRequest(`http://localhost${url}`);

describeEachDatabase("public API timestamps", () => {
  let storyIds: string[] = [];
  let tagSlug: string;

  beforeAll(async () => {
    // The proof-of-work challenge is signed with a key derived from the server secret.
    process.env.NEXTAUTH_SECRET ??= "timestamps-test-secret-0123456789abcdef";
    await seedBaseContent(db);
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    const moderator = await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } });
    const tag = await db.tag.findFirstOrThrow({ select: { id: true, slug: true } });
    tagSlug = tag.slug;
    // More stories than a page holds, so the list has cursors.
    for (let index = 0; index < 12; index++) {
      const { storyId, receiptToken } = await createPublishedStory({
        moderatorId: moderator.id,
        title: `Berättelse nummer ${index} om socialtjänsten`,
        body: filler.repeat(4),
        tagIds: [tag.id],
        reply: "Tack för att du berättar om socialtjänsten. Vänliga hälsningar, moderatorerna",
      });
      storyIds.push(storyId);
      if (index > 2) continue;
      const { commentId } = await createComment({ storyId, body: "En läsares kommentar om socialtjänsten." });
      await approveComment({ commentId, moderatorId: moderator.id });
      const narrator = await createAuthorComment({ token: receiptToken, body: "Berättarens egen kommentar, tack för svaren." });
      await approveComment({ commentId: narrator.commentId, moderatorId: moderator.id });
      const reply = await db.reply.findFirstOrThrow({ where: { storyId }, select: { id: true } });
      await amendReply({ replyId: reply.id, moderatorId: moderator.id, body: "Ett rättat svar om socialtjänsten. Vänliga hälsningar, moderatorerna" });
    }
    storyIds = storyIds.reverse();
  });

  it("walks every public route file", () => {
    const walked = [
      "altcha/challenge/route.ts",
      "health/route.ts",
      "v1/openapi.json/route.ts",
      "v1/search/route.ts",
      "v1/statistics/route.ts",
      "v1/stories/[id]/route.ts",
      "v1/stories/route.ts",
      "v1/tags/route.ts",
    ];
    expect(routeFiles(apiRoot).sort()).toEqual([...walked, ...Object.keys(notWalked)].sort());
  });

  it("answers with no time finer than a day, in every field not allowed one", async () => {
    const found = new Map<string, Finding[]>();
    const first = await walk("v1/stories", await listStories(request("/api/v1/stories")), found);
    expect(first.nextCursor).toBeTruthy();
    const second = await walk("v1/stories", await listStories(request(`/api/v1/stories?page=2&after=${first.nextCursor}`)), found);
    expect(second.stories.length).toBeGreaterThan(0);
    await walk("v1/stories", await listStories(request(`/api/v1/stories?page=1&before=${second.previousCursor}`)), found);
    await walk("v1/stories", await listStories(request(`/api/v1/stories?tagg=${tagSlug}&page=2`)), found);
    await walk("v1/search", await search(request("/api/v1/search?q=socialtj%C3%A4nsten")), found);
    await walk("v1/tags", await listTags(request("/api/v1/tags")), found);
    await walk("v1/statistics", await statistics(request("/api/v1/statistics")), found);
    await walk("v1/openapi.json", await openapi(request("/api/v1/openapi.json")), found);
    let threads = 0;
    for (const id of storyIds) {
      const { story } = await walk("v1/stories/[id]", await getStory(request(`/api/v1/stories/${id}`), { params: Promise.resolve({ id }) }), found);
      if (story.comments.length === 2 && story.replies[0]?.amendedAt) threads++;
    }
    // The seeded threads reached the answers: comments (one by the narrator) and an amended reply.
    expect(threads).toBe(3);
    await walk("health", await health(), found);
    await walk("altcha/challenge", await altchaChallenge(), found);
    expect(Object.fromEntries([...found].filter(([, findings]) => findings.length > 0))).toEqual({});
  });

  it("finds what it looks for", () => {
    // e: a SHA-256 signature whose hex happens to hold "1678039163", as one in a CI run did.
    const signature = "1bc0687d88b139d0b9a290d2fba19aa7b94e1e04f1678039163feddcb533810c";
    expect(finerThanADay({ a: [{ createdAt: "2026-12-05T09:30:00.123Z" }], b: "2026-12-05", c: "1764927000123.abc", d: 1764927000, e: signature, f: `${signature}.1764927000` })).toEqual([
      { path: "$.a[0].createdAt", value: "2026-12-05T09:30:00.123Z" },
      { path: "$.c", value: "1764927000123.abc" },
      { path: "$.d", value: 1764927000 },
      { path: "$.f", value: `${signature}.1764927000` },
    ]);
  });
});

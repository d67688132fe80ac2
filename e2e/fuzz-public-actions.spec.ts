import fs from "node:fs";
import path from "node:path";
import { type APIResponse, expect, type Page, test } from "@playwright/test";
import fc from "fast-check";
import pg from "pg";
import { sampleStoryBody } from "./support/author";
import { openAdminPage } from "./support/admin-page";
import { callServerAction, listPublicServerActions, type ServerAction } from "./support/server-actions";
import { waitForProofOfWork } from "./support/proof-of-work";

// Property-based fuzzing of every public server action, over HTTP against the production
// server, encoded the way React encodes a browser's call: whatever arrives, the answer is never
// a 500, and a refused input leaves nothing stored. Stories and comments are counted before and
// after every call (directly in the database on PostgreSQL; in the moderator's queue on the
// embedded database, which only the server process may open).
//
// After the proof-of-work check lands, a fuzzed input is refused by that check first: the
// properties still hold (no 500, nothing stored). The near-valid inputs start from what the
// real form sent, including its solved challenge, so they keep reaching the validation behind
// the check for as long as that solution is accepted.

const actions = listPublicServerActions();
const knownActions = ["submitStory", "submitComment"];
const action = (name: string) => actions.find((candidate) => candidate.exportedName === name)!;

type Counts = { stories: number; comments: number };
let countStored: () => Promise<Counts>;
let database: pg.Client | undefined;
let moderator: Page | undefined;
let publishedStoryId = "";
let validStory: Record<string, unknown> = {};
let validProtection: unknown;

test.beforeAll(async ({ browser }, testInfo) => {
  if (testInfo.project.name === "postgres") {
    const url = fs.readFileSync(path.join(__dirname, "..", ".e2e", "postgres", "database-url"), "utf8").trim();
    database = new pg.Client({ connectionString: url });
    await database.connect();
    countStored = async () => {
      const { rows } = await database!.query(
        `SELECT (SELECT count(*) FROM "Story")::int AS stories, (SELECT count(*) FROM "Comment")::int AS comments`,
      );
      return rows[0] as Counts;
    };
  } else {
    // Every new story and comment starts as pending, so the queue's counts see any new record.
    moderator = await openAdminPage(browser);
    countStored = async () => {
      const text = await (await moderator!.request.get("/mod")).text();
      // The rendered sentences ("3 kommentarer väntar."), not the messages sent along for the client.
      const count = (noun: string) => {
        const match = text.match(new RegExp(`>(Inga|\\d+) ${noun} väntar\\.<`));
        if (!match) throw new Error(`No count of ${noun} in the queue page.`);
        return match[1] === "Inga" ? 0 : Number(match[1]);
      };
      const counts = { stories: count("berättelser?"), comments: count("kommentar(?:er)?") };
      // The queue lists at most 200 of each; beyond that it could not see a new record.
      expect(counts.stories, "queue too long to count on").toBeLessThan(200);
      expect(counts.comments, "queue too long to count on").toBeLessThan(200);
      return counts;
    };
  }
});

test.afterAll(async () => {
  await database?.end();
  await moderator?.context().close();
});

// What the answer to an action call says: refused (ok:false), accepted, or neither.
async function outcome(response: APIResponse) {
  expect(response.status(), `action answered ${response.status()}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(500);
  const text = await response.text();
  const redirect = response.headers()["x-action-redirect"] ?? "";
  if (redirect.includes("/kvitto/")) return "accepted";
  if (/"ok":true/.test(text)) return "accepted";
  if (/"ok":false/.test(text)) return "refused";
  return "other";
}

test.beforeEach(() => {
  lastCounts = undefined;
});

test("[author] the story form sends its action the way these tests call it", async ({ page }) => {
  const submitStory = action("submitStory");
  expect(actions.map((candidate) => candidate.exportedName).sort()).toEqual(expect.arrayContaining(knownActions));
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill("Ett prov av formatet");
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(`$ börjar med dollar. ${sampleStoryBody}`);
  await page.getByLabel(/^Bostad/).check();
  await page.getByLabel(/Jag förstår och godkänner/).check();
  // The call is captured and stopped, so nothing is stored and any solved challenge stays unspent.
  const captured = new Promise<{ headers: Record<string, string>; body: string }>((resolve) => {
    void page.route("**/beratta", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      resolve({ headers: route.request().headers(), body: route.request().postData() ?? "" });
      await route.abort();
    });
  });
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  const { headers, body } = await captured;
  expect(headers["next-action"]).toBe(submitStory.id);
  expect(headers["content-type"]).toBe("text/plain;charset=UTF-8");
  const args = JSON.parse(body) as unknown[];
  // The form values, and the proof of work with the honeypot (lib/abuse/screen-submission.ts).
  expect(args).toHaveLength(2);
  validStory = args[0] as Record<string, unknown>;
  validProtection = args[1];
  expect(validProtection).toMatchObject({ proof: expect.any(String), trap: "" });
  expect(validStory).toMatchObject({ title: "Ett prov av formatet", consent: true });
  // React escapes a leading "$" in strings; the fuzzing encodes arguments the same way.
  expect(validStory.body).toBe(`$$ börjar med dollar. ${sampleStoryBody}`);
  validStory.body = `$ börjar med dollar. ${sampleStoryBody}`;
});

// Values of every JSON shape, plus the ones that tend to break handlers.
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, "", "$", "$@1", "$undefined", "\u0000", "a".repeat(100_000), [], {}),
  fc.string({ unit: "binary", maxLength: 300 }),
);
const pollution = fc.constantFrom(
  JSON.parse('{"__proto__":{"polluted":"yes","isAdmin":true}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"__proto__":null,"toString":"x","valueOf":1,"hasOwnProperty":"x"}'),
);

// Starts from a valid input and breaks it: a field missing, of a wrong type, huge, or
// accompanied by extra and prototype-polluting keys.
function nearValid(valid: () => Record<string, unknown>) {
  return fc.oneof(
    fc.record({ drop: fc.constantFrom(...Object.keys(valid())) }).map(({ drop }) => {
      const copy = { ...valid() };
      delete copy[drop];
      return copy;
    }),
    fc.record({ field: fc.constantFrom(...Object.keys(valid())), value: hostileValue }).map(({ field, value }) => ({ ...valid(), [field]: value })),
    fc.record({ extra: pollution }).map(({ extra }) => Object.assign(JSON.parse(JSON.stringify(valid())), extra)),
  );
}

// One worker runs one call at a time, so the count after a call is the count before the next.
let lastCounts: Counts | undefined;
async function expectNothingStoredUnlessAccepted(call: () => Promise<APIResponse>) {
  const before = lastCounts ?? (await countStored());
  const response = await call();
  const result = await outcome(response);
  const after = await countStored();
  lastCounts = after;
  const added = result === "accepted" ? 1 : 0;
  const context = `${JSON.stringify(before)} → ${JSON.stringify(after)} after an ${result} call answered ${response.status()}: ${(await response.text()).slice(0, 400)}`;
  expect(after.stories + after.comments - before.stories - before.comments, context).toBe(added);
  return result;
}

test("[author] the story action refuses arbitrary input without a 500 and without storing it", async ({ request }) => {
  const submitStory = action("submitStory");
  const input = fc.oneof(hostileValue, pollution, nearValid(() => validStory), nearValid(() => validStory));
  const results: string[] = [];
  await fc.assert(
    fc.asyncProperty(input, fc.array(hostileValue, { maxLength: 2 }), async (first, extraArgs) => {
      results.push(await expectNothingStoredUnlessAccepted(() =>
        // With the captured proof: the first valid input is accepted, and the proof is then spent,
        // so every later call is refused by the proof-of-work check (a replay).
        callServerAction(request, { action: submitStory, pagePath: "/beratta", args: [first, validProtection, ...extraArgs] }),
      ));
    }),
    { numRuns: 40 },
  );
  expect(results.filter((result) => result === "other"), "answers that were neither a refusal nor an acceptance").toEqual([]);
  test.info().annotations.push({ type: "accepted", description: String(results.filter((result) => result === "accepted").length) });
});

test("[reader] the comment action refuses arbitrary input without a 500 and without storing it", async ({ request }) => {
  const submitComment = action("submitComment");
  const stories = await (await request.get("/api/v1/stories")).json();
  publishedStoryId = stories.stories[0].id;
  const validComment = () => ({ body: "En vänlig kommentar om berättelsen." });
  const storyId = fc.oneof(fc.constant(publishedStoryId), hostileValue, fc.constantFrom("cm0000000000000000000000000", `${publishedStoryId}x`));
  const body = fc.oneof(hostileValue, pollution, nearValid(validComment));
  const results: string[] = [];
  await fc.assert(
    fc.asyncProperty(storyId, body, async (id, input) => {
      results.push(await expectNothingStoredUnlessAccepted(() =>
        callServerAction(request, { action: submitComment, pagePath: `/berattelser/${publishedStoryId}`, args: [id, input] }),
      ));
    }),
    { numRuns: 40 },
  );
  expect(results.filter((result) => result === "other")).toEqual([]);
});

// Any public action added later gets at least this: arbitrary argument lists.
test("[author] every other public action survives arbitrary arguments", async ({ request }) => {
  const others = actions.filter((candidate) => !knownActions.includes(candidate.exportedName));
  test.info().annotations.push({ type: "actions", description: others.map((other) => other.exportedName).join(", ") || "none" });
  for (const other of others) {
    const pagePath = await resolvePage(other, request);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(hostileValue, pollution), { maxLength: 3 }), async (args) => {
        // No argument list here holds a real receipt token, so whatever the action answers
        // (a refusal, or a redirect back to a receipt page that does not exist), nothing may be
        // added or removed.
        await expectNothingStoredUnlessAcceptedRaw(async () => {
          const response = await callServerAction(request, { action: other, pagePath, args });
          expect(response.status(), `${other.exportedName} answered ${response.status()}`).toBeLessThan(500);
          return response;
        });
      }),
      { numRuns: 20 },
    );
  }
});

async function resolvePage(action: ServerAction, request: Parameters<typeof callServerAction>[0]) {
  if (!publishedStoryId) publishedStoryId = (await (await request.get("/api/v1/stories")).json()).stories[0].id;
  // A receipt page's actions are reached from a receipt address; an unknown token is as hostile as any.
  return action.page.replace("[id]", publishedStoryId).replace("[token]", "x".repeat(43));
}

// A body React would never send (not JSON, not an argument list, a reference to nothing, over
// the size limit) would fail inside Next's decoder with a 500; the proxy refuses it first
// (lib/security/screen-action-body.ts) with a Swedish JSON error, and nothing is stored.
test("[author] a malformed action body is refused without a 500 and without storing anything", async ({ request }) => {
  const submitStory = action("submitStory");
  const bodies = ["", "x", "null", '"text"', "{}", "[", '["$Q1"]', '["$h1"]', '["$@7"]', `["${"a".repeat(1_100_000)}"]`];
  const answers: string[] = [];
  for (const body of bodies) {
    await expectNothingStoredUnlessAcceptedRaw(async () => {
      const response = await callServerAction(request, { action: submitStory, pagePath: "/beratta", body });
      answers.push(`${response.status()} for ${JSON.stringify(body.slice(0, 12))}`);
      expect(response.status(), `${response.status()} for ${JSON.stringify(body.slice(0, 12))}`).toBeGreaterThanOrEqual(400);
      expect(response.status()).toBeLessThan(500);
      expect((await response.json()).error.message).toMatch(/Förfrågan/);
      return response;
    });
  }
  test.info().annotations.push({ type: "answers", description: answers.join("; ") });
});

async function expectNothingStoredUnlessAcceptedRaw(call: () => Promise<APIResponse>) {
  const before = lastCounts ?? (await countStored());
  await call();
  const after = await countStored();
  lastCounts = after;
  expect(after).toEqual(before);
}

// next-auth's own routes: junk of every content type must not 500 and must not log anyone in.
// Most calls carry no CSRF token, so they are refused before a password is checked and do not
// count as login attempts; three carry one, with credentials that are junk in shape.
test("[moderator] the sign-in endpoints refuse junk without a 500", async ({ request, playwright, baseURL }) => {
  const contentType = fc.constantFrom("application/x-www-form-urlencoded", "application/json", "text/plain", "multipart/form-data", "", "application/json; charset=utf-8");
  const body = fc.oneof(
    fc.string({ unit: "binary", maxLength: 200 }),
    fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.stringify(value)),
    fc.array(fc.tuple(fc.constantFrom("email", "password", "csrfToken", "json", "callbackUrl", "__proto__"), fc.string({ maxLength: 30 }))).map(
      (pairs) => new URLSearchParams(pairs).toString(),
    ),
  );
  const path = fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/session", "/api/auth/_log", "/api/auth/callback/finns-inte");
  await fc.assert(
    fc.asyncProperty(path, contentType, body, async (target, type, data) => {
      const response = await request.post(target, { headers: type ? { "Content-Type": type } : {}, data, maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), `${target} answered ${response.status()}`).toBeLessThan(500);
      expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
    }),
    { numRuns: 40 },
  );

  const withCsrf = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await withCsrf.get("/api/auth/csrf")).json();
  const forms: Record<string, string>[] = [
    { csrfToken, email: "x".repeat(50_000), password: "y".repeat(1_000_000) },
    { csrfToken, email: "<script>@\u0000.se", password: "\u0000" },
    { csrfToken, email: "", password: "", json: "true" },
  ];
  for (const form of forms) {
    const response = await withCsrf.post("/api/auth/callback/credentials", { form, maxRedirects: 0, failOnStatusCode: false });
    expect(response.status()).toBeLessThan(500);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token");
  }
  const session = await withCsrf.get("/api/auth/session", { headers: { Cookie: "next-auth.session-token=%%%; next-auth.csrf-token=\u00ff" } });
  expect(session.status()).toBe(200);
  await withCsrf.dispose();
});

// Multipart action bodies: the shape a FormData argument takes, and shapes no browser sends.
// Before the proxy screened multipart bodies, most of these answered 500.
test("[author] multipart action bodies are refused in Swedish or answered with field errors, never a 500", async ({ request, baseURL }) => {
  const targets = [action("submitStory"), ...actions.filter((candidate) => candidate.exportedName !== "submitStory")];
  const roots = ['["$K1"]', '["$Q1"]', '["$h1"]', '["$@1"]', '["$B1"]', '["$F1"]', '["$T"]', "xx", "{}", '["$K2","$K1"]'];
  const answers: string[] = [];
  for (const target of targets) {
    const pagePath = await resolvePage(target, request);
    const bodies: { label: string; send: () => Promise<APIResponse> }[] = [
      ...roots.map((root) => ({
        label: root,
        send: () => request.post(pagePath, { headers: { "Next-Action": target.id }, multipart: { "0": root, "1_token": "x" }, maxRedirects: 0, failOnStatusCode: false }),
      })),
      { label: "no root", send: () => request.post(pagePath, { headers: { "Next-Action": target.id }, multipart: { "1": "x" }, maxRedirects: 0, failOnStatusCode: false }) },
      {
        label: "no boundary",
        send: () => request.post(pagePath, { headers: { "Next-Action": target.id, "Content-Type": "multipart/form-data" }, data: "xxxx", maxRedirects: 0, failOnStatusCode: false }),
      },
      {
        label: "over 1 MB",
        send: () =>
          request.post(pagePath, { headers: { "Next-Action": target.id }, multipart: { "0": '["$K1"]', "1_body": "a".repeat(1_100_000) }, maxRedirects: 0, failOnStatusCode: false }),
      },
      {
        label: "cross-origin",
        send: () =>
          request.post(pagePath, {
            headers: { "Next-Action": target.id, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8" },
            data: "[]",
            maxRedirects: 0,
            failOnStatusCode: false,
          }),
      },
      {
        label: "cross-origin without JavaScript",
        send: () =>
          request.post(pagePath, { headers: { Origin: "https://evil.example" }, multipart: { [`$ACTION_ID_${target.id}`]: "", token: "x" }, maxRedirects: 0, failOnStatusCode: false }),
      },
      {
        label: "no boundary without JavaScript",
        send: () => request.post(pagePath, { headers: { "Content-Type": "multipart/form-data" }, data: "zzz", maxRedirects: 0, failOnStatusCode: false }),
      },
    ];
    for (const { label, send } of bodies) {
      await expectNothingStoredUnlessAcceptedRaw(async () => {
        const response = await send();
        const text = await response.text();
        const where = `${target.exportedName} / ${label}: ${response.status()} ${text.slice(0, 200)}`;
        answers.push(`${target.exportedName}/${label}: ${response.status()}`);
        expect(response.status(), where).toBeLessThan(500);
        // Either a refusal in Swedish from the proxy, or the action's own answer: a failure
        // with a message key (field errors), or a redirect back to a page.
        if (response.status() >= 400) expect(JSON.parse(text).error.message, where).toMatch(/Förfrågan/);
        else expect(text, where).not.toMatch(/"digest"|E\{/);
        if (label.startsWith("cross-origin")) expect(response.status(), where).toBe(403);
        if (label === "over 1 MB") expect(response.status(), where).toBe(413);
        if (label.startsWith("no boundary")) expect(response.status(), where).toBe(400);
        return response;
      });
    }
  }
  expect(baseURL).toBeTruthy();
  test.info().annotations.push({ type: "answers", description: answers.join("; ") });
});

test("[moderator] a GET to the credentials callback is refused in Swedish, not a 500", async ({ request }) => {
  for (const query of ["", "?error=x", "?callbackUrl=%2Fmod"]) {
    const response = await request.get(`/api/auth/callback/credentials${query}`, { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status()).toBe(405);
    expect((await response.json()).error.message).toMatch(/Förfrågan/);
  }
});

// Page numbers typed or pasted into an address: page 1 or the page asked for, never a 500.
test("[moderator] absurd page parameters give a page, not a 500", async ({ browser, request }) => {
  const mod = await openAdminPage(browser);
  const values = ["1e20", "-1", "abc", "99999999999999999999", "0", "1.5", "0x10", "Infinity", "%00", "%F0%9F", "", "2&sida=1e20"];
  const random = fc.sample(fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent), 20);
  for (const value of [...values, ...random]) {
    for (const [path, client] of [["/mod/logg", mod.request], ["/berattelser", request]] as const) {
      const response = await client.get(`${path}?sida=${value}`, { maxRedirects: 0, failOnStatusCode: false });
      expect(response.status(), `${path}?sida=${value}`).toBe(200);
    }
  }
  await mod.context().close();
});

// A NUL byte or half a surrogate pair cannot be stored; the author is told next to the field,
// before a proof of work or a rate-limit slot is spent, instead of "try again later".
test("[author] text with a NUL byte or a lone surrogate gets a field error and nothing is stored", async ({ request, page }) => {
  if (!publishedStoryId) publishedStoryId = (await (await request.get("/api/v1/stories")).json()).stories[0].id;
  const submitComment = action("submitComment");
  for (const bad of ["\u0000", "\uD800", "\uDC00", "a\uD83Db"]) {
    const body = `En kommentar med ett tecken ${bad} som inte går att spara.`;
    await expectNothingStoredUnlessAcceptedRaw(async () => {
      const response = await callServerAction(request, { action: submitComment, pagePath: `/berattelser/${publishedStoryId}`, args: [publishedStoryId, { body }, {}] });
      const text = await response.text();
      expect(response.status()).toBe(200);
      expect(text).toContain('"fieldErrors":{"body":["unstorableCharacter"]}');
      return response;
    });
    if (validStory.title) {
      await expectNothingStoredUnlessAcceptedRaw(async () => {
        const response = await callServerAction(request, { action: action("submitStory"), pagePath: "/beratta", args: [{ ...validStory, title: `Rubrik ${bad} här` }, {}] });
        expect(await response.text()).toContain('"title":["unstorableCharacter"]');
        return response;
      });
    }
  }
  // The browser form shows the same message, from the same schema, without sending anything.
  await page.goto(`/berattelser/${publishedStoryId}`);
  await page.getByLabel("Din kommentar").fill("Hej\u0000 där, det här är en kommentar.");
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(page.getByText("Kommentaren innehåller ett tecken som inte går att spara")).toBeVisible();
});

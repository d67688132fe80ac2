import http from "node:http";
import { type APIResponse, expect, test } from "@playwright/test";
import fc from "fast-check";
import messages from "../messages/sv/reader.json";
import common from "../messages/sv/common.json";
import { adminStatePath } from "./support/admin-page";

// Odd addresses and odd bodies against the production server, over HTTP: whatever arrives, the
// answer is never a 500. Pages answer with the ordinary Swedish not-found page, the API and
// the login with one of the API's Swedish JSON refusals. (Next decodes a dynamic segment such
// as /berattelser/[id] itself and answered a plain-text 500 when it was not UTF-8.)

const swedish = new Set(Object.values(messages.Api.errors));
const notFoundTitle = common.Common.notFound.title;
const undecodable = ["%ff", "%ed%a0%80", "%c0%af", "%e2%82", "a%", "%f4%90%80%80"];
const pagePrefixes = ["/berattelser/", "/kvitto/", "/", "/sok/", "/beratta/", "/mod/logga-in/"];
const apiPrefixes = ["/api/v1/stories/", "/api/v1/", "/api/auth/", "/api/auth/callback/", "/api/v1/search/"];

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

async function expectNotFoundPage(response: APIResponse, path: string) {
  expect(response.status(), path).toBe(404);
  expect(response.headers()["content-type"], path).toMatch(/^text\/html/);
  expect(response.headers()["content-security-policy"], path).toMatch(/'nonce-/);
  expect(await response.text(), path).toContain(`<h1>${notFoundTitle}</h1>`);
}

async function expectJsonRefusal(response: APIResponse, status: number, path: string) {
  expect(response.status(), path).toBe(status);
  expect(response.headers()["content-type"], path).toMatch(/^application\/json/);
  expect(swedish, path).toContain(((await response.json()) as { error: { message: string } }).error.message);
}

test("[visitor] an address that does not decode gets the not-found page, or the API's JSON refusal", { tag: "@api" }, async ({ request }) => {
  for (const prefix of pagePrefixes) {
    for (const tail of undecodable) await expectNotFoundPage(await request.get(`${prefix}${tail}`, { maxRedirects: 0 }), `${prefix}${tail}`);
  }
  for (const prefix of apiPrefixes) {
    for (const tail of undecodable) await expectJsonRefusal(await request.get(`${prefix}${tail}`), 400, `${prefix}${tail}`);
  }
});

test("[moderator] a moderator page whose address does not decode is the not-found page too", { tag: "@api" }, async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL, storageState: adminStatePath(baseURL!) });
  try {
    expect((await admin.get("/mod", { maxRedirects: 0 })).status(), "the admin's session").toBe(200);
    for (const path of ["/mod/fakta/%ff", "/mod/berattelser/%ed%a0%80", "/mod/%ff"]) await expectNotFoundPage(await admin.get(path, { maxRedirects: 0 }), path);
  } finally {
    await admin.dispose();
  }
});

test("[visitor] arbitrary bytes in an address never get a 500", { tag: "@api" }, async ({ request }) => {
  const percentBytes = fc.uint8Array({ minLength: 1, maxLength: 6 }).map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join(""));
  const mixed = fc.string({ unit: fc.constantFrom("a", "1", "-", ".", "%", "f", "e", "å", "~", "\uFDFA"), minLength: 1, maxLength: 10 }).map(encodeURI);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...pagePrefixes, ...apiPrefixes, "/mod/fakta/"), fc.oneof(percentBytes, mixed), async (prefix, tail) => {
      const path = `${prefix}${tail}`;
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBeLessThan(500);
      if (decodes(path)) return;
      if (prefix.startsWith("/api/")) await expectJsonRefusal(response, 400, path);
      else await expectNotFoundPage(response, path);
    }),
    { numRuns: 80 },
  );
});

// Raw HTTP, so that a body can arrive in chunks without Content-Length, as any client may send it.
function post(baseURL: string, path: string, body: Buffer, { chunked, contentType }: { chunked: boolean; contentType: string }) {
  return new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": contentType };
    if (!chunked) headers["content-length"] = body.length;
    const request = http.request(new URL(path, baseURL), { method: "POST", headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, type: String(response.headers["content-type"]), text: Buffer.concat(chunks).toString() }));
    });
    request.on("error", reject);
    if (!chunked) return void request.end(body);
    for (let offset = 0; offset < body.length; offset += 4096) request.write(body.subarray(offset, offset + 4096));
    request.end();
  });
}

test("[visitor] a body larger than any route takes gets a JSON 413, declared or chunked; odd bodies never a 500", { tag: "@api" }, async ({ baseURL }) => {
  const limit = 16 * 1024;
  for (const path of ["/api/auth/callback/credentials", "/api/auth/signout", "/api/v1/stories"]) {
    for (const chunked of [false, true]) {
      const answer = await post(baseURL!, path, Buffer.alloc(limit + 1, "a"), { chunked, contentType: "application/x-www-form-urlencoded" });
      expect(answer.status, `${path} chunked=${chunked}`).toBe(413);
      expect(answer.type).toMatch(/^application\/json/);
      expect(swedish).toContain((JSON.parse(answer.text) as { error: { message: string } }).error.message);
    }
  }
  const contentType = fc.constantFrom("application/x-www-form-urlencoded", "application/json", "multipart/form-data", "multipart/form-data; boundary=x", "text/plain", "");
  const body = fc.oneof(
    fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes)),
    fc.integer({ min: limit - 8, max: limit + 8 }).map((size) => Buffer.alloc(size, "%")),
    fc.integer({ min: 1, max: 6_000 }).map((depth) => Buffer.from(`${"[".repeat(depth)}${"]".repeat(depth)}`)),
    fc.string({ unit: fc.constantFrom("email=", "&", "=", "%", "ff", "\uFDFA", "password=", "csrfToken="), maxLength: 40 }).map((text) => Buffer.from(text)),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signout", "/api/v1/stories", "/api/auth/session"), body, fc.boolean(), contentType, async (path, bytes, chunked, type) => {
      const answer = await post(baseURL!, path, bytes, { chunked, contentType: type });
      expect(answer.status, `${path} ${bytes.length} bytes`).toBeLessThan(500);
      if (bytes.length > limit) expect(answer.status).toBe(413);
    }),
    { numRuns: 60 },
  );
});

test("[visitor] a server action body nested 5,000 arrays deep is refused with 400", { tag: "@api" }, async ({ request }) => {
  const deep = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
  const response = await request.post("/beratta", { data: deep, headers: { "next-action": "a".repeat(42), "content-type": "text/plain;charset=UTF-8" } });
  await expectJsonRefusal(response, 400, "/beratta");
});

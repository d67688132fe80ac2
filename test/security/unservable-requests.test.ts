// Requests that reached Next or next-auth and came back as a 500 (issue 7, item 10), through the
// proxy: each now gets a 4xx with one of the API's Swedish messages, and real browser requests
// still pass untouched.
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/screen-action-body";
import messages from "@/messages/sv/reader.json";
import { proxy } from "@/proxy";

const origin = "http://localhost:3000";
const swedish = new Set(Object.values(messages.Api.errors));

function action(path: string, { body, headers = {} }: { body?: BodyInit; headers?: Record<string, string> } = {}) {
  return new NextRequest(`${origin}${path}`, { method: "POST", body, headers: { host: "localhost:3000", "next-action": "a".repeat(42), ...headers } });
}

function multipart(parts: Record<string, string>): { body: string; headers: Record<string, string> } {
  const boundary = "----sakligt-test";
  const body = Object.entries(parts)
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  return { body: `${body}--${boundary}--\r\n`, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

async function expectRefusal(request: NextRequest, status: number) {
  const response = await proxy(request);
  expect(response.status).toBe(status);
  const json = await response.json();
  expect(swedish).toContain(json.error.message);
  return json.error.code as string;
}

async function expectPassed(request: NextRequest) {
  const response = await proxy(request);
  // NextResponse.next() answers 200 and names the middleware as passing the request on.
  expect(response.status).toBe(200);
  expect(response.headers.get("x-middleware-next")).toBe("1");
}

describe("requests that used to answer 500", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-next-auth"));
  afterEach(() => vi.unstubAllEnvs());

  it("refuses multipart action bodies React would never send", async () => {
    for (const root of ['["$Q1"]', '["$h1"]', '["$@1"]', '["$B1"]', '["$F1"]', "xx", "{}"]) {
      expect(await expectRefusal(action("/beratta", multipart({ "0": root })), 400)).toBe("INVALID_BODY");
    }
    // No root part at all.
    expect(await expectRefusal(action("/beratta", multipart({ "1": "x" })), 400)).toBe("INVALID_BODY");
  });

  it("refuses a multipart body without a boundary, or with one that never appears", async () => {
    await expectRefusal(action("/beratta", { body: "xxxx", headers: { "content-type": "multipart/form-data" } }), 400);
    await expectRefusal(action("/beratta", { body: "xxxx", headers: { "content-type": "multipart/form-data; boundary=zz" } }), 400);
    // The same without JavaScript: a form post carries no Next-Action header.
    const noScript = new NextRequest(`${origin}/kvitto/x/dra-tillbaka`, { method: "POST", body: "zzz", headers: { "content-type": "multipart/form-data" } });
    await expectRefusal(noScript, 400);
  });

  it("refuses a multipart body over 1 MB", async () => {
    const big = multipart({ "0": '["$K1"]', "1_body": "a".repeat(ACTION_BODY_LIMIT_BYTES) });
    expect(await expectRefusal(action("/beratta", big), 413)).toBe("BODY_TOO_LARGE");
  });

  it("refuses an action from another origin with 403, with or without JavaScript", async () => {
    for (const evil of ["https://evil.example", "null", "not a url", "http://localhost:3001"]) {
      const request = action("/beratta", { body: "[{},{}]", headers: { origin: evil, "content-type": "text/plain;charset=UTF-8" } });
      expect(await expectRefusal(request, 403)).toBe("CROSS_ORIGIN");
    }
    const form = multipart({ token: "x" });
    const noScript = new NextRequest(`${origin}/kvitto/x/dra-tillbaka`, { method: "POST", body: form.body, headers: { ...form.headers, host: "localhost:3000", origin: "https://evil.example" } });
    await expectRefusal(noScript, 403);
  });

  it("refuses GET on next-auth's credentials callback with 405", async () => {
    for (const method of ["GET", "HEAD"]) {
      const response = await proxy(new NextRequest(`${origin}/api/auth/callback/credentials?error=x`, { method }));
      expect(response.status).toBe(405);
    }
    expect(await expectRefusal(new NextRequest(`${origin}/api/auth/callback/credentials`), 405)).toBe("METHOD_NOT_ALLOWED");
  });

  it("lets through what a browser sends: a FormData argument, a no-script form post, a same-origin call", async () => {
    await expectPassed(action("/kvitto/x/dra-tillbaka", { ...multipart({ "0": '["$K1"]', "1_token": "abc" }), headers: { ...multipart({}).headers, origin } }));
    await expectPassed(action("/beratta", { body: '[{"title":"Rubrik"},{"proof":"eyJh"}]', headers: { origin, "content-type": "text/plain;charset=UTF-8" } }));
    const form = multipart({ "$ACTION_ID_abc": "", token: "x" });
    await expectPassed(new NextRequest(`${origin}/kvitto/x/dra-tillbaka`, { method: "POST", body: form.body, headers: { ...form.headers, host: "localhost:3000", origin } }));
    // Behind a proxy Next compares with the forwarded host, and so does the screen.
    await expectPassed(action("/beratta", { body: "[]", headers: { origin: "https://sakligt.example", "x-forwarded-host": "sakligt.example", "content-type": "text/plain" } }));
    // next-auth's own form posts are not server actions.
    await expectPassed(new NextRequest(`${origin}/api/auth/callback/credentials`, { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" } }));
  });
});

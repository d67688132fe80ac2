// Requests that reached Next or next-auth and came back as a 500, through the
// proxy: each now gets a 4xx with one of the API's Swedish messages, and real browser requests
// still pass untouched.
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/security/screen-action-body";
import { API_BODY_LIMIT_BYTES } from "@/lib/security/screen-api-request";
import messages from "@/messages/sv/reader.json";
import { proxy } from "@/proxy";

const origin = "http://localhost:3000";
type Init = NonNullable<ConstructorParameters<typeof NextRequest>[1]>;
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

// A body that arrives in chunks, without Content-Length, as a client may send it.
function streamed(size: number, chunkSize = 64 * 1024): { body: ReadableStream<Uint8Array>; duplex: "half" } {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const length = Math.min(chunkSize, size - sent);
      sent += length;
      controller.enqueue(new Uint8Array(length).fill(0x61));
    },
  });
  return { body, duplex: "half" };
}

function login(init: { body: BodyInit | ReadableStream<Uint8Array>; duplex?: "half"; headers?: Record<string, string> }) {
  const headers = { "content-type": "application/x-www-form-urlencoded", ...init.headers };
  return new NextRequest(`${origin}/api/auth/callback/credentials`, { method: "POST", ...init, headers } as Init);
}

describe("bodies too large to read", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-next-auth"));
  afterEach(() => vi.unstubAllEnvs());

  it("refuses a login body over the API's limit with 413, whether its size is declared or not", async () => {
    const flood = `csrfToken=x&password=x&email=${encodeURIComponent("\uFDFA").repeat(Math.ceil(API_BODY_LIMIT_BYTES / 9))}`;
    expect(await expectRefusal(login({ body: flood }), 413)).toBe("BODY_TOO_LARGE");
    expect(await expectRefusal(login({ ...streamed(16 * 1024 * 1024) }), 413)).toBe("BODY_TOO_LARGE");
    expect(await expectRefusal(login({ ...streamed(API_BODY_LIMIT_BYTES + 1, 1000) }), 413)).toBe("BODY_TOO_LARGE");
    // A Content-Length that lies low is no way around it.
    expect(await expectRefusal(login({ ...streamed(API_BODY_LIMIT_BYTES + 1), headers: { "content-length": "10" } }), 413)).toBe("BODY_TOO_LARGE");
    for (const path of ["/api/auth/signout", "/api/v1/stories", "/api/health", "/api/altcha/challenge"]) {
      const request = new NextRequest(`${origin}${path}`, { method: "POST", ...streamed(API_BODY_LIMIT_BYTES + 1) } as Init);
      expect(await expectRefusal(request, 413), path).toBe("BODY_TOO_LARGE");
    }
  });

  it("lets through a login form up to the limit, and the route still reads all of it", async () => {
    const form = `csrfToken=${"c".repeat(64)}&email=${"m".repeat(300)}%40kommun.se&password=${encodeURIComponent("å".repeat(200))}&json=true`;
    const request = login({ body: form });
    await expectPassed(request);
    expect(await request.text()).toBe(form);
    await expectPassed(login({ ...streamed(API_BODY_LIMIT_BYTES, 1000) }));
  });

  it("refuses a streamed action body over 1 MB without its size declared", async () => {
    const request = action("/beratta", { ...(streamed(ACTION_BODY_LIMIT_BYTES + 1) as { body: BodyInit }), headers: { "content-type": "text/plain;charset=UTF-8" } });
    expect(await expectRefusal(request, 413)).toBe("BODY_TOO_LARGE");
  });

  it("refuses an action body nested 5,000 arrays deep with 400", async () => {
    const deep = `${"[".repeat(5_000)}${"]".repeat(5_000)}`;
    expect(await expectRefusal(action("/beratta", { body: deep, headers: { "content-type": "text/plain;charset=UTF-8" } }), 400)).toBe("INVALID_BODY");
    const form = multipart({ "0": deep });
    expect(await expectRefusal(action("/beratta", form), 400)).toBe("INVALID_BODY");
  });
});

// Next answers a plain-text 500 for a dynamic route whose segment does not decode as UTF-8.
describe("addresses that do not decode", () => {
  beforeEach(() => vi.stubEnv("NEXTAUTH_SECRET", "a-test-secret-that-is-long-enough-for-next-auth"));
  afterEach(() => vi.unstubAllEnvs());

  const rewrittenTo = (response: Response) => response.headers.get("x-middleware-rewrite");

  it("answers the API with a JSON 400 and pages with the not-found page", async () => {
    for (const path of ["/api/v1/stories/%ff", "/api/v1/stories/%ed%a0%80", "/api/auth/%ff", "/api/v1/%e2%82"]) {
      expect(await expectRefusal(new NextRequest(`${origin}${path}`), 400), path).toBe("INVALID_QUERY");
    }
    for (const path of ["/berattelser/%ff", "/berattelser/%ed%a0%80", "/kvitto/%ff", "/mod/fakta/%ff", "/%c0%af", "/berattelser/a%"]) {
      const response = await proxy(new NextRequest(`${origin}${path}`));
      expect(rewrittenTo(response), path).toBe(`${origin}/_not-found`);
      expect(response.headers.get("content-security-policy"), path).toMatch(/'nonce-/);
    }
  });

  it("passes on every address that decodes, and answers every other one itself", async () => {
    const prefixes = ["/", "/berattelser/", "/kvitto/", "/mod/fakta/", "/api/v1/stories/", "/api/auth/", "/sok/"];
    const segment = fc.oneof(
      fc.uint8Array({ maxLength: 6 }).map((bytes) => [...bytes].map((byte) => `%${byte.toString(16).padStart(2, "0")}`).join("")),
      fc.string({ unit: fc.constantFrom("a", "%", "f", "0", "e", "d", "/", ".", "å", "\uFDFA"), maxLength: 8 }).map(encodeURI),
      fc.constantFrom("%", "%f", "%zz", "%00", "%2F", "%c0%af", "%ed%a0%80", "%f4%90%80%80", "%ef%bf%bf"),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...prefixes), segment, async (prefix, tail) => {
        const request = new NextRequest(`${origin}${prefix}${tail}`);
        const { pathname } = request.nextUrl;
        let decodes = true;
        try {
          decodeURIComponent(pathname);
        } catch {
          decodes = false;
        }
        const response = await proxy(request);
        if (decodes) {
          expect(response.status).toBeLessThan(500);
          expect(rewrittenTo(response)).not.toBe(`${origin}/_not-found`);
        } else if (pathname.startsWith("/api/")) {
          expect(response.status).toBe(400);
          expect(swedish).toContain((await response.json()).error.message);
        } else {
          expect(rewrittenTo(response)).toBe(`${origin}/_not-found`);
        }
      }),
      { numRuns: 300 },
    );
  });
});


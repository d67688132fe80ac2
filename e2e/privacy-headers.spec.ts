import fs from "node:fs";
import path from "node:path";
import { type APIResponse, expect, type PlaywrightWorkerArgs, test } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import { expectNoCspViolations, watchCspViolations } from "./support/csp";

const publicPaths = ["/", "/berattelser", "/beratta", "/api/v1/stories", "/api/v1/tags", "/kvitto/finns-inte", "/kvitto/raderad", "/integritet", "/mod/logga-in"];

test("[visitor] public pages set no cookie and send the privacy and security headers", { tag: "@api" }, async ({ request }) => {
  for (const path of publicPaths) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    const headers = response.headers();
    expect(headers["set-cookie"], `${path} sets a cookie`).toBeUndefined();
    expect(headers["referrer-policy"], path).toBe("no-referrer");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("[reader] a story page sends no cookie either", { tag: "@api" }, async ({ request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  const response = await request.get(`/berattelser/${stories[0].id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});

test("[visitor] every page has a script policy with a fresh nonce and no inline scripts", { tag: "@api" }, async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of [...publicPaths, "/", "/finns-inte"]) {
    const policy = (await request.get(path, { maxRedirects: 0 })).headers()["content-security-policy"] ?? "";
    const scriptSrc = policy.split(";").find((part) => part.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc, path).toContain("'strict-dynamic'");
    expect(scriptSrc, path).not.toContain("unsafe-inline");
    expect(scriptSrc, path).not.toContain("unsafe-eval");
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "worker-src 'self' blob:"]) {
      expect(policy, path).toContain(directive);
    }
    nonces.add(scriptSrc.match(/'nonce-([^']+)'/)![1]);
  }
  expect(nonces.size).toBe(publicPaths.length + 2);
});

// Reader pages are kept whole for anonymous readers (lib/cache/page-cache.ts). A kept page must
// still carry a nonce of its own each time, on every script, or the policy means nothing.
test("[reader] a page served again and again has a new nonce each time, on every script", { tag: "@api" }, async ({ request }) => {
  const seen = new Set<string>();
  for (let round = 0; round < 4; round++) {
    for (const path of ["/", "/berattelser", "/integritet"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
      expect(nonce, path).toBeTruthy();
      expect(seen.has(nonce!), `${path} repeated a nonce`).toBe(false);
      seen.add(nonce!);
      const html = await response.text();
      const scriptNonces = [...html.matchAll(/<script\b[^>]*\bnonce="([^"]*)"/g)].map((match) => match[1]);
      expect(scriptNonces.length, path).toBeGreaterThan(0);
      expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
      expect(html.match(/<script\b(?![^>]*\bnonce=)[^>]*>/g) ?? [], `${path}: scripts without the nonce`).toEqual([]);
    }
  }
});

// As if a story's text slipped through unescaped: the page arrives with the real policy but
// with markup an attacker wrote. Neither the inline script nor the event handler may run.
test("[reader] an injected script without the nonce does not run", async ({ page }) => {
  const injected = '<script>window.injectedRan = true</script><img src="data:," onerror="window.handlerRan = true" alt="">';
  await page.route("**/berattelser", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("<main", `${injected}<main`);
    await route.fulfill({ response, body: html });
  });
  await page.addInitScript(() => {
    const win = window as unknown as { violations: string[] };
    win.violations = [];
    document.addEventListener("securitypolicyviolation", (event) => win.violations.push(event.violatedDirective));
  });
  const response = await page.goto("/berattelser");
  expect(response?.headers()["content-security-policy"]).toContain("'nonce-");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const state = await page.evaluate(() => {
    const win = window as unknown as { injectedRan?: boolean; handlerRan?: boolean; violations: string[] };
    return { script: win.injectedRan === true, handler: win.handlerRan === true, violations: win.violations };
  });
  expect(state.script).toBe(false);
  expect(state.handler).toBe(false);
  expect(state.violations.filter((directive) => directive.startsWith("script-src")).length).toBeGreaterThanOrEqual(2);

  // The page's own scripts, which carry the nonce, still run: the quick exit answers a click.
  await expect(page.getByRole("button", { name: "Lämna sidan snabbt" })).toBeEnabled();
});

test("[visitor] no public page breaks the Content-Security-Policy, and forms still work", async ({ page, request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  const violations = watchCspViolations(page);
  for (const path of ["/", "/berattelser", `/berattelser/${stories[0].id}`, "/beratta", "/kvitto/finns-inte", "/finns-inte", "/mod/logga-in"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  }
  // A client component that only works once hydrated: the login form checks its fields itself.
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Skriv ditt lösenord.")).toBeVisible();
  expectNoCspViolations(violations, "the public pages");
});

test("[visitor] Strict-Transport-Security is sent over https, as the trusted proxy reports it, and not over http", { tag: "@api" }, async ({
  request,
}) => {
  for (const path of ["/", "/berattelser", "/mod/logga-in", "/api/v1/stories"]) {
    const overHttps = await request.get(path, { headers: { "X-Forwarded-Proto": "https" }, maxRedirects: 0 });
    expect(overHttps.headers()["strict-transport-security"], path).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    const overHttp = await request.get(path, { maxRedirects: 0 });
    expect(overHttp.headers()["strict-transport-security"], path).toBeUndefined();
  }
});

// A host a visitor names in X-Forwarded-Host must not end up in any address the app builds.
const foreignHost = "evil.example";

async function expectNoForeignHost(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string) {
  const visitor = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-Host": foreignHost, "X-Forwarded-Proto": "https", Forwarded: `host=${foreignHost}` },
  });
  const seen: string[] = [];
  // Only the host is looked for here; the fuzz tests answer for the status codes.
  const look = async (label: string, response: APIResponse) => {
    const everything = `${JSON.stringify(response.headers())}\n${await response.text()}`;
    if (everything.includes(foreignHost)) seen.push(`${label}: ${everything.slice(0, 400)}`);
  };
  const get = (path: string) => visitor.get(path, { maxRedirects: 0, failOnStatusCode: false });
  try {
    for (const path of ["/", "/mod", "/mod/konton", "/mod/logga-in", "/api/auth/signout", "/api/auth/signin", "/api/auth/providers",
      "/api/auth/session", "/api/auth/error", "/api/auth/signin/credentials", "/api/auth/callback/credentials"]) {
      await look(`GET ${path}`, await get(path));
    }
    const { csrfToken } = (await (await get("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = (fields: Record<string, string>) => ({ form: { csrfToken, ...fields }, maxRedirects: 0, failOnStatusCode: false });
    await look("POST /api/auth/signout", await visitor.post("/api/auth/signout", form({ callbackUrl: `https://${foreignHost}/` })));
    await look("POST /api/auth/signout (json)", await visitor.post("/api/auth/signout", form({ callbackUrl: "/mod/logga-in", json: "true" })));
    await look(
      "POST /api/auth/callback/credentials",
      await visitor.post("/api/auth/callback/credentials", form({ email: "ingen@sakligt.test", password: "fel-losenord-123", callbackUrl: "/mod" })),
    );
  } finally {
    await visitor.dispose();
  }
  expect(seen).toEqual([]);
}

test("[visitor] a forwarded host never reaches a sign-out form, a redirect or a callback behind the e2e proxy with PUBLIC_URL", { tag: "@api" }, async ({
  playwright,
  baseURL,
}) => {
  await expectNoForeignHost(playwright, baseURL!);
});

test("[visitor] without TRUST_PROXY no forwarded header is believed: not the host, not https", { tag: "@api" }, async ({ playwright }) => {
  test.setTimeout(300_000);
  const dataDir = path.join(__dirname, "..", ".e2e", "untrusted-proxy");
  fs.rmSync(dataDir, { recursive: true, force: true });
  // The default configuration: no PUBLIC_URL, no NEXTAUTH_URL, no trusted proxy.
  const server = await startAppServer({
    port: Number(process.env.E2E_PORT ?? 3200) + 2,
    env: { DATABASE_URL: "", DATA_DIR: dataDir, TRUST_PROXY: "", PUBLIC_URL: "", NEXTAUTH_URL: "", AUTH_TRUST_HOST: "", SEED_DEMO_CONTENT: "false" },
  });
  try {
    await expectNoForeignHost(playwright, server.url);
    const claimed = await fetch(`${server.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(claimed.headers.get("strict-transport-security")).toBeNull();
  } finally {
    await server.stop();
  }
});

// Pages every anonymous reader sees alike may stay in the reader's own browser (the back/forward
// cache needs that), never in a shared cache, and are revalidated before reuse. Pages with a
// secret, moderators' pages, the story form, searches, and anything seen with a session cookie
// are never stored anywhere.
test("[visitor] reader pages may be kept by the browser; receipt, form, search and moderator pages never", async ({ request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  for (const path of ["/", "/berattelser", "/berattelser?tagg=bostad", `/berattelser/${stories[0].id}`, "/integritet"]) {
    const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(cacheControl, path).not.toContain("no-store");
    expect(cacheControl, path).toContain("private");
    expect(cacheControl, path).toContain("no-cache");
  }
  for (const path of ["/kvitto/finns-inte", "/kvitto/raderad", "/beratta", "/mod/logga-in", "/mod", "/sok?q=boende", "/api/v1/search?q=boende"]) {
    expect((await request.get(path, { maxRedirects: 0 })).headers()["cache-control"], path).toContain("no-store");
  }
  const withSession = await request.get("/berattelser", { headers: { Cookie: "next-auth.session-token=e2e-not-a-real-session" } });
  expect(withSession.headers()["cache-control"]).toContain("no-store");
});

test("[reader] API reads carry an ETag, must be revalidated, and answer a matching If-None-Match with 304", async ({ request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  for (const path of ["/api/v1/stories", "/api/v1/stories?page=1", `/api/v1/stories/${stories[0].id}`, "/api/v1/tags"]) {
    const first = await request.get(path);
    const etag = first.headers().etag;
    expect(etag, path).toMatch(/^W\/"[A-Za-z0-9_-]{16,}"$/);
    expect(first.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
    expect((await request.get(path)).headers().etag, path).toBe(etag);

    const unchanged = await request.get(path, { headers: { "If-None-Match": etag } });
    expect(unchanged.status(), path).toBe(304);
    expect((await unchanged.body()).length, path).toBe(0);
    expect(unchanged.headers().etag, path).toBe(etag);
    expect(unchanged.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");

    const other = await request.get(path, { headers: { "If-None-Match": 'W/"nagot-annat"' } });
    expect(other.status(), path).toBe(200);
  }
  // A different answer has a different tag.
  expect((await request.get("/api/v1/tags")).headers().etag).not.toBe((await request.get("/api/v1/stories")).headers().etag);
});

import { expect, test } from "@playwright/test";
import { expectNoCspViolations, watchCspViolations } from "./support/csp";

const publicPaths = ["/", "/berattelser", "/beratta", "/api/v1/stories", "/api/v1/tags", "/kvitto/finns-inte", "/kvitto/raderad", "/integritet", "/mod/logga-in"];

test("[visitor] public pages set no cookie and send the privacy and security headers", async ({ request }) => {
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

test("[reader] a story page sends no cookie either", async ({ request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  const response = await request.get(`/berattelser/${stories[0].id}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["set-cookie"]).toBeUndefined();
  expect(response.headers()["referrer-policy"]).toBe("no-referrer");
});

test("[visitor] every page has a script policy with a fresh nonce and no inline scripts", async ({ request }) => {
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

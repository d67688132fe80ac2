import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import messages from "../messages/sv/reader.json";

// A source that searches more than its allowance is answered at once with a page a person can
// read ("wait a while"), with 429 and Retry-After for the browser or crawler, and the API
// answers in its JSON format; readers' pages and the health check are served as usual. The
// page's status is set by the start script (lib/http/response-status-override.ts), as for the
// 503 of a search the instance cannot take now, so only the real server shows it. (That bound
// itself is proven in app/api/v1/search/search-bound.integration.test.ts, where the timing of
// a burst is in the test's hands.)
test("[reader] a search over the source's allowance gets a readable 429 page with Retry-After; readers are served", { tag: "@api" }, async () => {
  test.setTimeout(300_000);
  const dataDir = path.join(__dirname, "..", ".e2e", "search-under-load");
  fs.rmSync(dataDir, { recursive: true, force: true });
  // P+2 is also privacy-headers' own server: the api project runs one test at a time.
  const server = await startAppServer({
    port: Number(process.env.E2E_PORT ?? 3200) + 2,
    env: {
      DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO_CONTENT: "true", AUTH_SECRET: "", TRUST_PROXY: "", PUBLIC_URL: "", NEXTAUTH_URL: "",
      RATE_LIMIT_SEARCHES_PER_MINUTE: "2",
    },
  });
  try {
    // Two a minute: of five in a row at least two are refused, even if a minute ends between.
    const pages: Response[] = [];
    for (let i = 0; i < 5; i++) pages.push(await fetch(`${server.url}/sok?q=${i % 2 ? "boende" : "beslut"}`));
    const statuses = pages.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 429).length, statuses.join(",")).toBeGreaterThanOrEqual(2);
    expect(statuses.filter((status) => status !== 429).every((status) => status === 200), statuses.join(",")).toBe(true);
    for (const answer of pages) {
      expect(answer.headers.get("cache-control")).toContain("no-store");
      const html = await answer.text();
      expect(html).toContain(messages.Search.title);
      if (answer.status !== 429) continue;
      expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(answer.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expect(html).toContain(messages.Search.rateLimited);
    }
    const api: Response[] = [];
    for (let i = 0; i < 3; i++) api.push(await fetch(`${server.url}/api/v1/search?q=boende`));
    const refused = api.find((answer) => answer.status === 429);
    expect(refused, api.map((answer) => answer.status).join(",")).toBeDefined();
    expect(Number(refused!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused!.json()).toEqual({ error: { code: "RATE_LIMITED", message: messages.Api.errors.RATE_LIMITED } });
    expect((await fetch(`${server.url}/berattelser`)).status).toBe(200);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  } finally {
    await server.stop();
  }
});

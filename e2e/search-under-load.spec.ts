import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import messages from "../messages/sv/reader.json";

// A burst of searches on a server that runs one at a time and queues none: the searches it
// cannot run are answered at once with a page a person can read ("try again in a while"), with
// 503 and Retry-After for the browser or crawler, while readers' pages and the health check are
// answered as usual. The status is set by the start script (lib/http/response-status-override.ts),
// so this needs the real server.
test("[reader] a search the server cannot take now gets a readable 503 page with Retry-After; readers are served meanwhile", { tag: "@api" }, async () => {
  test.setTimeout(300_000);
  const dataDir = path.join(__dirname, "..", ".e2e", "search-under-load");
  fs.rmSync(dataDir, { recursive: true, force: true });
  // P+2 is also privacy-headers' own server: the api project runs one test at a time.
  const server = await startAppServer({
    port: Number(process.env.E2E_PORT ?? 3200) + 2,
    env: {
      DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO_CONTENT: "true", AUTH_SECRET: "", TRUST_PROXY: "", PUBLIC_URL: "", NEXTAUTH_URL: "",
      SEARCH_CONCURRENCY: "1", SEARCH_QUEUE_LENGTH: "0", RATE_LIMIT_SEARCHES_PER_MINUTE: "1000",
    },
  });
  try {
    const searches = Array.from({ length: 12 }, (_, i) => fetch(`${server.url}/sok?q=${i % 2 ? "boende" : "beslut"}`));
    const reader = fetch(`${server.url}/berattelser?sida=1`);
    const health = fetch(`${server.url}/api/health`);
    const answers = await Promise.all(searches);
    expect((await reader).status).toBe(200);
    expect((await health).status).toBe(200);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 503).length, statuses.join(",")).toBeGreaterThan(0);
    expect(statuses.filter((status) => status === 200).length, statuses.join(",")).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.headers.get("cache-control")).toContain("no-store");
      const html = await answer.text();
      expect(html).toContain(messages.Search.title);
      if (answer.status !== 503) continue;
      expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
      expect(html).toContain(messages.Search.busy);
    }
  } finally {
    await server.stop();
  }
});

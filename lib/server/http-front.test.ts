import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { PageCache } from "@/lib/cache/page-cache";
import { PublicCache } from "@/lib/cache/public-cache";
import { createNonce } from "@/lib/security/content-security-policy";
import { createRequestListener } from "./http-front";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

// The front with a handler in Next's place that fails as Next or the page cache might, on the
// paths named in `fails`, and answers every other path.
async function start({ fails, afterHead = false, pageCache = null }: { fails: string; afterHead?: boolean; pageCache?: PageCache | null }) {
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === fails) {
      if (afterHead) {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.write("<!DOCTYPE html><p>Halva sidan");
      }
      throw new Error("Next failed outside the page");
    }
    res.end("ok");
  };
  server = http.createServer(createRequestListener({ handle, pageCache, trustProxy: false }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the HTTP front", () => {
  it("answers 500 with a readable page when the handler rejects, and keeps serving", async () => {
    const url = await start({ fails: "/trasig" });
    const failed = await fetch(`${url}/trasig`);
    expect(failed.status).toBe(500);
    expect(failed.headers.get("cache-control")).toBe("no-store");
    const text = await failed.text();
    expect(text).toContain("Något gick fel");
    expect(text).not.toContain("Next failed");
    expect(await (await fetch(`${url}/hel`)).text()).toBe("ok");
  });

  it("answers 500 when the page cache's render rejects", async () => {
    const content = new PublicCache("http-front-test", null);
    const url = await start({ fails: "/berattelser", pageCache: new PageCache({ content: () => content, createNonce }) });
    const failed = await fetch(`${url}/berattelser`);
    expect(failed.status).toBe(500);
    expect(await (await fetch(`${url}/hel`)).text()).toBe("ok");
  });

  it("cuts the connection when the head was already sent, and keeps serving", async () => {
    const url = await start({ fails: "/halv", afterHead: true });
    await expect(fetch(`${url}/halv`).then((response) => response.text())).rejects.toThrow();
    expect(await (await fetch(`${url}/hel`)).text()).toBe("ok");
  });
});

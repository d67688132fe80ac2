import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { API_BODY_LIMIT_BYTES } from "@/lib/security/screen-api-request";
import messages from "@/messages/sv/reader.json";
import { stopRefusedUpload } from "./stop-refused-upload";

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

// A stand-in for Next behind the start script: it reads what it is given and says how much.
async function start() {
  const passedOn: string[] = [];
  server = http.createServer((req, res) => {
    if (stopRefusedUpload(req, res)) return;
    passedOn.push(req.url ?? "");
    let size = 0;
    req.on("data", (chunk: Buffer) => (size += chunk.length)).on("end", () => res.end(String(size)));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, passedOn };
}

it("refuses a body to the API that declares itself too large, in the API's JSON, before anything reads it", async () => {
  const { base, passedOn } = await start();
  const refused = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", body: "a".repeat(API_BODY_LIMIT_BYTES + 1) });
  expect(refused.status).toBe(413);
  expect(await refused.json()).toEqual({ error: { code: "BODY_TOO_LARGE", message: messages.Api.errors.BODY_TOO_LARGE } });
  const small = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", body: "a".repeat(API_BODY_LIMIT_BYTES) });
  expect(await small.text()).toBe(String(API_BODY_LIMIT_BYTES));
  // Pages are screened by the proxy, which knows a server action from a form post.
  expect(await (await fetch(`${base}/beratta`, { method: "POST", body: "a".repeat(API_BODY_LIMIT_BYTES + 1) })).text()).toBe(String(API_BODY_LIMIT_BYTES + 1));
  expect(passedOn).toEqual(["/api/auth/callback/credentials", "/beratta"]);
});

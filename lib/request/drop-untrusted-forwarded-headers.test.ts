import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { dropUntrustedForwardedHeaders } from "./drop-untrusted-forwarded-headers";

const incoming = () =>
  ({
    headers: {
      host: "127.0.0.1:3000",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      "x-forwarded-port": "443",
      forwarded: "host=evil.example;proto=https",
    },
  }) as unknown as IncomingMessage;

describe("forwarded headers", () => {
  it("are dropped before Next sees them unless a trusted proxy set them", () => {
    const req = incoming();
    dropUntrustedForwardedHeaders(req, { trustProxy: false });
    expect(req.headers).toEqual({ host: "127.0.0.1:3000" });
  });

  it("are kept behind a trusted proxy", () => {
    const req = incoming();
    dropUntrustedForwardedHeaders(req, { trustProxy: true });
    expect(req.headers["x-forwarded-host"]).toBe("evil.example");
  });
});

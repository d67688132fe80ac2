import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, stampClientAddress } from "./stamp-client-address";

const request = (headers: Record<string, string>, remoteAddress = "198.51.100.7") =>
  ({ headers: { ...headers }, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe("stamping the client address for the app", () => {
  it("uses the socket address and drops one the client sent itself", () => {
    const req = request({ [CLIENT_ADDRESS_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    stampClientAddress(req, { trustProxy: false });
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });

  it("believes the first X-Forwarded-For entry only behind a trusted proxy", () => {
    const req = request({ "x-forwarded-for": " 203.0.113.9 , 10.0.0.1" });
    stampClientAddress(req, { trustProxy: true });
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.9");
    const direct = request({ [CLIENT_ADDRESS_HEADER]: "1.2.3.4" });
    stampClientAddress(direct, { trustProxy: true });
    expect(direct.headers[CLIENT_ADDRESS_HEADER]).toBe("198.51.100.7");
  });
});

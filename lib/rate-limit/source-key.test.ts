import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { dailyKey, sourceKey } from "./source-key";

const secret = randomBytes(32);
const address = "203.0.113.42";
const morning = new Date("2026-11-22T00:00:01Z");
const evening = new Date("2026-11-22T23:59:59Z");
const nextDay = new Date("2026-11-23T00:00:00Z");

describe("the keyed, daily-rotating source hash", () => {
  it("gives one source the same key all through a UTC day", () => {
    const key = sourceKey({ subject: { kind: "address", value: address }, now: morning, secret });
    expect(sourceKey({ subject: { kind: "address", value: address }, now: evening, secret })).toBe(key);
  });

  it("gives the same source a different key the next day", () => {
    const today = sourceKey({ subject: { kind: "address", value: address }, now: evening, secret });
    const tomorrow = sourceKey({ subject: { kind: "address", value: address }, now: nextDay, secret });
    expect(tomorrow).not.toBe(today);
    expect(dailyKey({ now: nextDay, secret }).equals(dailyKey({ now: evening, secret }))).toBe(false);
  });

  it("never contains the address, in any usual spelling", () => {
    const key = sourceKey({ subject: { kind: "address", value: address }, now: morning, secret });
    expect(key).not.toBe(address);
    // Whole spellings only: a random 43-character hash contains a short fragment like "42" by
    // chance about one time in a hundred.
    for (const form of [address, Buffer.from(address).toString("hex"), Buffer.from(address).toString("base64url")]) {
      expect(key).not.toContain(form);
    }
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("differs between installations, addresses, and an address and an account of the same text", () => {
    const key = (value: string, kind: "address" | "account" = "address", s = secret) => sourceKey({ subject: { kind, value }, now: morning, secret: s });
    expect(key(address, "address", randomBytes(32))).not.toBe(key(address));
    expect(key("203.0.113.43")).not.toBe(key(address));
    expect(key(address, "account")).not.toBe(key(address));
  });

  it("treats an account's e-mail case-insensitively, as the login does", () => {
    const key = (value: string) => sourceKey({ subject: { kind: "account", value }, now: morning, secret });
    expect(key(" Mod@Example.se")).toBe(key("mod@example.se"));
  });

  it("is derived from the server secret when none is given", () => {
    process.env.NEXTAUTH_SECRET = "a-test-secret-that-is-long-enough-0123456789";
    const first = sourceKey({ subject: { kind: "address", value: address }, now: morning });
    expect(sourceKey({ subject: { kind: "address", value: address }, now: morning })).toBe(first);
    process.env.NEXTAUTH_SECRET = "another-test-secret-that-is-long-enough-987654";
    expect(sourceKey({ subject: { kind: "address", value: address }, now: morning })).not.toBe(first);
  });
});

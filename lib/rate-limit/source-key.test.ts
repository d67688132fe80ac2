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

  it("counts every address of one IPv6 /64 as one source, in any spelling", () => {
    const key = (value: string) => sourceKey({ subject: { kind: "address", value }, now: morning, secret });
    const home = key("2001:db8:1:2::1");
    // An attacker with one /64 has 2^64 addresses; they must all share one allowance.
    for (const other of ["2001:db8:1:2::2", "2001:db8:1:2:ffff:ffff:ffff:fffe", "2001:0db8:0001:0002:0000:0000:0000:0001", "2001:DB8:1:2:0:0:a:b"]) {
      expect(key(other)).toBe(home);
    }
    expect(key("2001:db8:1:3::1")).not.toBe(home);
    expect(key("fe80::1%eth0")).toBe(key("fe80::2"));
    // An IPv4 client seen through a dual-stack socket is that IPv4 address, not a /64 of them.
    expect(key("::ffff:203.0.113.42")).toBe(key(address));
    expect(key("::ffff:cb00:712a")).toBe(key(address));
    expect(key("::ffff:203.0.113.43")).not.toBe(key(address));
  });

  it("groups the address of an account-and-source counter by /64 too", () => {
    const key = (address: string) => sourceKey({ subject: { kind: "account-source", value: "mod@example.se", address }, now: morning, secret });
    expect(key("2001:db8:1:2::1")).toBe(key("2001:db8:1:2:abcd::9"));
    expect(key("2001:db8:1:2::1")).not.toBe(key("2001:db8:1:4::1"));
  });
});

// The login limits through the app's real entry point (next-auth's credentials provider as
// lib/auth/options.ts configures it) on a real database. Only the request's stamped client
// address and the browser's cookie jar are stubbed, so that one test can play several sources
// and several browsers.
import { generate } from "otplib";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { disableTotp } from "@/lib/moderators/disable-totp";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { listTotpStatus } from "@/lib/totp/list-totp-status";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { watchNormalize } from "@/test/watch-normalize";
import { LOGIN_RATE_LIMITED, secondFactorLockedSeconds, slowedSeconds } from "./login-errors";
import { authOptionsFor } from "./options";

// A browser is its cookie jar: what the login sets there, it sends with its next login.
type Jar = Map<string, string>;
const client = vi.hoisted(() => ({ address: "203.0.113.1", jar: new Map<string, string>() }));
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": client.address }),
    cookies: async () => cookieStoreOf(client.jar),
  };
});

const email = "mod@kommun.se";
const password = "ett långt lösenord";
const start = Date.UTC(2026, 10, 22, 9, 0, 5);
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(start / 1000) + offsetSteps * 30 });

type Outcome = "ok" | "failed" | "limited" | { slowed: number } | { secondFactorLocked: number };

// Without a browser of its own, each login comes from a fresh one with no cookies.
async function logIn(credentials: Record<string, string>, from: string, browser: Jar = new Map()): Promise<Outcome> {
  client.address = from;
  client.jar = browser;
  const [provider] = authOptionsFor({ secure: false }).providers as unknown as {
    options: { authorize: (credentials: unknown, request: unknown) => Promise<unknown> };
  }[];
  try {
    return (await provider.options.authorize(credentials, {})) ? "ok" : "failed";
  } catch (error) {
    const message = (error as Error).message;
    if (message === LOGIN_RATE_LIMITED) return "limited";
    const seconds = slowedSeconds(message);
    if (seconds) return { slowed: seconds };
    const locked = secondFactorLockedSeconds(message);
    if (locked) return { secondFactorLocked: locked };
    throw error;
  }
}

describeEachDatabase("login limits", () => {
  let moderatorId: string;
  beforeEach(async () => {
    process.env.NEXTAUTH_SECRET = "login-limit-test-secret-0123456789abcdef";
    await truncateAll();
    await db.siteSetting.deleteMany();
    await db.rateLimitHit.deleteMany();
    await ensureAdmin({ db, email, password, allowDemo: false });
    moderatorId = (await db.moderator.findUniqueOrThrow({ where: { email } })).id;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it("counts padded, capitalised and full-width spellings of an address as one account", async () => {
    const spellings = [`${email}${" ".repeat(400)}`, "  MOD@Kommun.SE ", "ｍｏｄ＠ｋｏｍｍｕｎ．ｓｅ", `\u3000${email}\u00a0`];
    // Every spelling reaches the account, so every one must be counted against it.
    for (const spelling of spellings) expect(await logIn({ email: spelling, password }, "198.51.100.1")).toBe("ok");
    for (let i = 0; i < 10; i++) {
      expect(await logIn({ email: spellings[i % spellings.length], password: `fel ${i}` }, "203.0.113.1")).toBe("failed");
    }
    expect(await logIn({ email, password }, "203.0.113.1")).toBe("limited");
    expect(await logIn({ email: spellings[0], password }, "203.0.113.1")).toBe("limited");
    expect(await logIn({ email: spellings[2], password }, "203.0.113.1")).toBe("limited");
  });

  it("refuses an address too long to be one without normalising it, and counts it against the source", async () => {
    // U+FDFA grows 18 times under NFKC: normalised, this one would be 32 million characters.
    const watch = watchNormalize();
    try {
      expect(await logIn({ email: `${"\uFDFA".repeat(1_780_000)}@x.se`, password: "fel" }, "203.0.113.1")).toBe("failed");
      expect(watch.longest()).toBeLessThanOrEqual(320);
      for (let i = 1; i < 30; i++) expect(await logIn({ email: `${"\uFDFA".repeat(400)}@x.se`, password: `fel ${i}` }, "203.0.113.1")).toBe("failed");
      expect(watch.longest()).toBeLessThanOrEqual(320);
    } finally {
      watch.restore();
    }
    expect(await logIn({ email, password }, "203.0.113.1")).toBe("limited");
  });

  it("paces password guesses from many addresses exponentially, while the moderator's own browser gets in at once", async () => {
    // The moderator's browser has logged in before.
    const own: Jar = new Map();
    expect(await logIn({ email, password }, "198.51.100.20", own)).toBe("ok");

    // A botnet: every guess from a new address, and a new browser.
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 60; i++) outcomes.push(await logIn({ email, password: `fel ${i}` }, `10.0.${i}.1`));
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("failed"));
    // Past the allowance, one guess per pause for the account, whichever address it comes from.
    expect(outcomes.slice(10).filter((o) => o === "failed").length).toBeLessThanOrEqual(1);
    expect(outcomes.at(-1)).toEqual({ slowed: expect.any(Number) });

    // Waiting out each pause lets one guess through, and the pause doubles as failures grow.
    const pauses: number[] = [];
    for (let round = 0; round < 12; round++) {
      let outcome: Outcome = "failed";
      for (let i = 0; outcome === "failed"; i++) outcome = await logIn({ email, password: `runda ${round}.${i}` }, `10.1.${round}.${i}`);
      const pause = (outcome as { slowed: number }).slowed;
      pauses.push(pause);
      vi.setSystemTime(Date.now() + pause * 1000);
    }
    expect(pauses.at(-1)).toBeGreaterThanOrEqual(2 * 5);
    expect(Math.max(...pauses)).toBeLessThanOrEqual(640);

    // The moderator's browser is not slowed, from home or from anywhere else.
    expect(await logIn({ email, password }, "198.51.100.20", own)).toBe("ok");
    expect(await logIn({ email, password }, "2001:db8:77::1", own)).toBe("ok");
    // A browser without the cookie is an unknown client, paced like the guessers, who took this
    // pause's one attempt.
    let guess: Outcome = "failed";
    for (let i = 0; guess === "failed"; i++) guess = await logIn({ email, password: `sist ${i}` }, `10.9.${i}.1`);
    expect(await logIn({ email, password }, "198.51.100.99")).toEqual({ slowed: expect.any(Number) });
    // A forged or borrowed cookie for this account, or one for another, is no cookie.
    const forged: Jar = new Map([...own].map(([name, value]) => [name, value.replace(/.$/, (c) => (c === "A" ? "B" : "A"))]));
    expect(await logIn({ email, password }, "198.51.100.98", forged)).toEqual({ slowed: expect.any(Number) });
  });

  it("gives a device cookie whose owner keeps failing its own small allowance, and no more", async () => {
    const own: Jar = new Map();
    expect(await logIn({ email, password }, "198.51.100.20", own)).toBe("ok");
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 8; i++) outcomes.push(await logIn({ email, password: `fel ${i}` }, `10.2.${i}.1`, own));
    expect(outcomes.slice(0, 5)).toEqual(Array(5).fill("failed"));
    expect(outcomes.slice(5)).toEqual(Array(3).fill({ slowed: expect.any(Number) }));
    expect(await logIn({ email, password }, "198.51.100.20", own)).toEqual({ slowed: expect.any(Number) });
    // Its guesses did not count against the account: an unknown browser is not slowed.
    expect(await logIn({ email, password }, "198.51.100.21")).toBe("ok");
  });

  it("counts every address of an IPv6 /64 as one source", async () => {
    const outcomes: Outcome[] = [];
    for (let i = 1; i <= 12; i++) outcomes.push(await logIn({ email, password: `fel ${i}` }, `2001:db8:5:6::${i.toString(16)}`));
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("failed"));
    expect(outcomes.slice(10)).toEqual(["limited", "limited"]);
    expect(await logIn({ email, password }, "2001:db8:5:6:ffff::1")).toBe("limited");
  });

  it("locks the second factor for fifteen minutes after ten wrong codes, from however many addresses", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    await expect(enableTotp({ moderatorId, code: await codeAt(secret) })).resolves.toBeUndefined();
    vi.setSystemTime(start + 30_000);
    const valid = new Set(await Promise.all([0, 1, 2].map((step) => codeAt(secret, step))));
    const guesses = Array.from({ length: 80 }, (_, i) => String(100000 + i)).filter((code) => !valid.has(code)).slice(0, 60);
    // The password is known; only the code is guessed, each time from a new address.
    const outcomes: Outcome[] = [];
    for (const [i, code] of guesses.entries()) outcomes.push(await logIn({ email, password, code }, `10.3.${i}.1`));
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill("failed"));
    expect(outcomes.slice(10)).toEqual(Array(50).fill({ secondFactorLocked: 900 }));
    // The right code is refused too, until fifteen minutes after the tenth failure.
    expect(await logIn({ email, password, code: await codeAt(secret, 1) }, "198.51.100.20")).toEqual({ secondFactorLocked: 900 });
    // Only someone with the password learns of the lock; a guesser without it sees a plain failure.
    expect(await logIn({ email, password: "fel", code: await codeAt(secret, 1) }, "198.51.100.21")).toBe("failed");
    // An admin sees it on the accounts page.
    const [status] = await listTotpStatus();
    expect(status.secondFactorLockedUntil).toEqual(new Date(start + 30_000 + 15 * 60_000));

    vi.setSystemTime(start + 30_000 + 14 * 60_000 + 59_000);
    expect(await logIn({ email, password, code: await codeAt(secret, 30) }, "198.51.100.20")).toEqual({ secondFactorLocked: 1 });
    vi.setSystemTime(start + 30_000 + 15 * 60_000);
    expect(await logIn({ email, password, code: await codeAt(secret, 31) }, "198.51.100.20")).toBe("ok");
    expect((await listTotpStatus())[0].secondFactorLockedUntil).toBeNull();
  });

  it("limits guessing the second factor at login, whichever spelling of the address", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    await expect(enableTotp({ moderatorId, code: await codeAt(secret) })).resolves.toBeUndefined();
    vi.setSystemTime(start + 30_000);
    // The password is known; only the code is guessed.
    for (let i = 0; i < 10; i++) {
      const guess = String(100000 + i);
      expect(await logIn({ email: `${email}${" ".repeat(310 + i)}`, password, code: guess }, "203.0.113.1")).toBe("failed");
    }
    expect(await logIn({ email: `${email}${" ".repeat(400)}`, password, code: await codeAt(secret, 1) }, "203.0.113.1")).toBe("limited");
    // Whoever has the password learns that the account's second factor is now locked, from anywhere.
    expect(await logIn({ email, password, code: await codeAt(secret, 1) }, "198.51.100.20")).toEqual({ secondFactorLocked: 900 });
  });

  it("limits guessing the code that turns two-factor login on", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    client.address = "203.0.113.1";
    for (let i = 0; i < 10; i++) await expect(enableTotp({ moderatorId, code: String(200000 + i) })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "code", key: "codeInvalid" });
    await expect(enableTotp({ moderatorId, code: await codeAt(secret) })).rejects.toMatchObject({ code: "RATE_LIMITED", field: "code", key: "limited" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).toBeNull();
  });

  it("limits guessing the code that turns two-factor login off", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    client.address = "203.0.113.1";
    await expect(enableTotp({ moderatorId, code: await codeAt(secret) })).resolves.toBeUndefined();
    vi.setSystemTime(start + 30_000);
    for (let i = 0; i < 10; i++) await expect(disableTotp({ moderatorId, code: String(300000 + i) })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "code", key: "codeInvalid" });
    await expect(disableTotp({ moderatorId, code: await codeAt(secret, 1) })).rejects.toMatchObject({ code: "RATE_LIMITED", field: "code", key: "limited" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).not.toBeNull();
  });
});

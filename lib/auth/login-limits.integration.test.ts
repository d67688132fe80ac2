// The login limits through the app's real entry point (next-auth's credentials provider as
// lib/auth/options.ts configures it) on a real database. Only the request's stamped client
// address is stubbed, so that one test can play several sources.
import { generate } from "otplib";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { disableTotp } from "@/lib/totp/disable-totp";
import { enableTotp } from "@/lib/totp/enable-totp";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { LOGIN_RATE_LIMITED, slowedSeconds } from "./login-errors";
import { authOptionsFor } from "./options";

const client = vi.hoisted(() => ({ address: "203.0.113.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sakligt-client-address": client.address }) }));

const email = "mod@kommun.se";
const password = "ett långt lösenord";
const start = Date.UTC(2026, 10, 22, 9, 0, 5);
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(start / 1000) + offsetSteps * 30 });

type Outcome = "ok" | "failed" | "limited" | { slowed: number };

async function logIn(credentials: Record<string, string>, from: string): Promise<Outcome> {
  client.address = from;
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

  it("slows an account down under attack from many sources, but never locks the moderator out", async () => {
    for (let i = 0; i < 10; i++) expect(await logIn({ email, password: `fel ${i}` }, "203.0.113.1")).toBe("failed");
    expect(await logIn({ email, password }, "203.0.113.1")).toBe("limited");
    // Past the allowance every source must pause between attempts on this account.
    expect(await logIn({ email, password: "fel" }, "203.0.113.2")).toBe("failed");
    expect(await logIn({ email, password: "fel" }, "203.0.113.2")).toEqual({ slowed: 5 });
    // Fifty more sources, one guess each: the pause grows to its cap.
    for (let i = 10; i < 60; i++) expect(await logIn({ email, password: `fel ${i}` }, `192.0.2.${i}`)).toBe("failed");
    expect(await logIn({ email, password: "fel" }, "192.0.2.59")).toMatchObject({ slowed: expect.any(Number) });

    // The moderator, from their own address, gets in at once; after a typo, within the cap.
    const office = "198.51.100.20";
    expect(await logIn({ email, password: "stavfel" }, office)).toBe("failed");
    const wait = await logIn({ email, password }, office);
    expect(wait).toEqual({ slowed: expect.any(Number) });
    expect((wait as { slowed: number }).slowed).toBeLessThanOrEqual(640);
    vi.setSystemTime(start + (wait as { slowed: number }).slowed * 1000);
    expect(await logIn({ email, password }, office)).toBe("ok");
    expect(await logIn({ email, password }, "198.51.100.21")).toBe("ok");
  });

  it("limits guessing the second factor at login, whichever spelling of the address", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    expect(await enableTotp({ moderatorId, code: await codeAt(secret) })).toEqual({ ok: true });
    vi.setSystemTime(start + 30_000);
    // The password is known; only the code is guessed.
    for (let i = 0; i < 10; i++) {
      const guess = String(100000 + i);
      expect(await logIn({ email: `${email}${" ".repeat(310 + i)}`, password, code: guess }, "203.0.113.1")).toBe("failed");
    }
    expect(await logIn({ email: `${email}${" ".repeat(400)}`, password, code: await codeAt(secret, 1) }, "203.0.113.1")).toBe("limited");
    // The moderator's own address is not locked.
    expect(await logIn({ email, password, code: await codeAt(secret, 1) }, "198.51.100.20")).toBe("ok");
  });

  it("limits guessing the code that turns two-factor login on", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    client.address = "203.0.113.1";
    for (let i = 0; i < 10; i++) expect(await enableTotp({ moderatorId, code: String(200000 + i) })).toEqual({ ok: false, error: "codeInvalid" });
    expect(await enableTotp({ moderatorId, code: await codeAt(secret) })).toEqual({ ok: false, error: "limited" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).toBeNull();
  });

  it("limits guessing the code that turns two-factor login off", async () => {
    const secret = (await startTotpEnrollment({ moderatorId }))!.secret;
    client.address = "203.0.113.1";
    expect(await enableTotp({ moderatorId, code: await codeAt(secret) })).toEqual({ ok: true });
    vi.setSystemTime(start + 30_000);
    for (let i = 0; i < 10; i++) expect(await disableTotp({ moderatorId, code: String(300000 + i) })).toEqual({ ok: false, error: "codeInvalid" });
    expect(await disableTotp({ moderatorId, code: await codeAt(secret, 1) })).toEqual({ ok: false, error: "limited" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).not.toBeNull();
  });
});

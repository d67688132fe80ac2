import { generate } from "otplib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { authenticateModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { rowsContaining } from "@/test/search-all-tables";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { sealPlainTotpSecrets } from "./seal-plain-totp-secrets";
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from "./seal-totp-secret";
import { startTotpEnrollment } from "./start-totp-enrollment";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }) }));

const root = "seal-test-secret-0123456789abcdef0123456789";
const plain = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

describe("sealing a TOTP secret", () => {
  it("opens again only with the same server secret and for the same account", () => {
    const sealed = sealTotpSecret({ secret: plain, moderatorId: "m1", root });
    expect(sealed).not.toContain(plain);
    expect(isSealedTotpSecret(sealed)).toBe(true);
    expect(openTotpSecret({ stored: sealed, moderatorId: "m1", root })).toBe(plain);
    // A fresh nonce every time: equal secrets do not look equal when stored.
    expect(sealTotpSecret({ secret: plain, moderatorId: "m1", root })).not.toBe(sealed);
    expect(() => openTotpSecret({ stored: sealed, moderatorId: "m1", root: `${root}-rotated` })).toThrow();
    expect(() => openTotpSecret({ stored: sealed, moderatorId: "m2", root })).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith("AA") ? "BB" : "AA");
    expect(() => openTotpSecret({ stored: tampered, moderatorId: "m1", root })).toThrow();
  });
});

const email = "admin@kommun.se";
const password = "ett långt lösenord";
const start = Date.UTC(2026, 10, 22, 9, 0, 5);
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(start / 1000) + offsetSteps * 30 });

describeEachDatabase("TOTP secrets at rest", () => {
  let adminId: string;
  beforeEach(async () => {
    process.env.NEXTAUTH_SECRET = root;
    await truncateAll();
    await db.rateLimitHit.deleteMany();
    await ensureAdmin({ db, email, password, allowDemo: false });
    adminId = (await db.moderator.findUniqueOrThrow({ where: { email } })).id;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => {
    vi.useRealTimers();
    process.env.NEXTAUTH_SECRET = root;
  });

  it("never stores the secret readable, neither pending nor confirmed", async () => {
    const { secret } = (await startTotpEnrollment({ moderatorId: adminId }))!;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await rowsContaining(secret)).toEqual([]);
    const pending = await db.moderator.findUniqueOrThrow({ where: { id: adminId } });
    expect(isSealedTotpSecret(pending.totpPendingSecret!)).toBe(true);
    expect(openTotpSecret({ stored: pending.totpPendingSecret!, moderatorId: adminId })).toBe(secret);

    await expect(enableTotp({ moderatorId: adminId, code: await codeAt(secret) })).resolves.toBeUndefined();
    expect(await rowsContaining(secret)).toEqual([]);
    const stored = await db.moderator.findUniqueOrThrow({ where: { id: adminId } });
    expect(stored.totpPendingSecret).toBeNull();
    expect(openTotpSecret({ stored: stored.totpSecret!, moderatorId: adminId })).toBe(secret);
    vi.setSystemTime(start + 30_000);
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 1) })).toMatchObject({ id: adminId });
  });

  it("cannot be used with another AUTH_SECRET", async () => {
    const { secret } = (await startTotpEnrollment({ moderatorId: adminId }))!;
    await enableTotp({ moderatorId: adminId, code: await codeAt(secret) });
    vi.setSystemTime(start + 30_000);
    process.env.NEXTAUTH_SECRET = "a-different-installation-secret-0123456789";
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 1) })).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining("AUTH_SECRET"));
    error.mockRestore();
    process.env.NEXTAUTH_SECRET = root;
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 1) })).toMatchObject({ id: adminId });
  });

  it("seals secrets stored in plain text before: at start, and on first use", async () => {
    await db.moderator.update({ where: { id: adminId }, data: { totpSecret: plain, totpEnabledAt: new Date(start) } });
    expect(await sealPlainTotpSecrets({ db })).toBe(1);
    expect(await rowsContaining(plain)).toEqual([]);
    expect(await sealPlainTotpSecrets({ db })).toBe(0);
    expect(await authenticateModerator({ email, password, code: await codeAt(plain) })).toMatchObject({ id: adminId });

    // An instance that has not restarted yet meets a plain secret at login, and seals it there.
    await db.moderator.update({ where: { id: adminId }, data: { totpSecret: plain, totpLastStep: null } });
    vi.setSystemTime(start + 60_000);
    expect(await authenticateModerator({ email, password, code: await codeAt(plain, 2) })).toMatchObject({ id: adminId });
    expect(await rowsContaining(plain)).toEqual([]);
  });
});

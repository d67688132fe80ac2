import { generate } from "otplib";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { authenticateModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { setRequireTotp } from "@/lib/settings/set-require-totp";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { createTotpEnrollment } from "./create-totp-enrollment";
import { disableTotp } from "@/lib/moderators/disable-totp";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { resetTotp } from "@/lib/moderators/reset-totp";
import { startTotpEnrollment } from "./start-totp-enrollment";

// The attempt limits read the client's address from the request the start script stamped.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }) }));

const email = "admin@kommun.se";
const password = "ett långt lösenord";
const start = Date.UTC(2026, 10, 22, 9, 0, 5);
const codeAt = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(start / 1000) + offsetSteps * 30 });

describeEachDatabase("two-factor login", () => {
  let adminId: string;
  let secret: string;
  beforeEach(async () => {
    process.env.NEXTAUTH_SECRET = "totp-test-secret-0123456789abcdef0123456";
    await truncateAll();
    await db.siteSetting.deleteMany();
    await db.rateLimitHit.deleteMany();
    await ensureAdmin({ db, email, password, allowDemo: false });
    adminId = (await db.moderator.findUniqueOrThrow({ where: { email } })).id;
    secret = (await startTotpEnrollment({ moderatorId: adminId }))!.secret;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(start);
  });
  afterEach(() => vi.useRealTimers());

  it("draws the QR code locally as SVG for an otpauth address", async () => {
    const enrollment = await createTotpEnrollment({ accountName: email, secret });
    expect(enrollment.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrollment.uri).toBe(`otpauth://totp/Sakligt:admin%40kommun.se?secret=${enrollment.secret}&issuer=Sakligt`);
    expect(enrollment.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(enrollment.qrSvg.replaceAll("http://www.w3.org/2000/svg", "")).not.toContain("http");
  });

  it("counts the secret only once confirmed with a code, and audits it", async () => {
    await expect(enableTotp({ moderatorId: adminId, code: "000000" })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "code", key: "codeInvalid" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: adminId } })).totpEnabledAt).toBeNull();
    await expect(enableTotp({ moderatorId: adminId, code: await codeAt(secret) })).resolves.toBeUndefined();
    const stored = await db.moderator.findUniqueOrThrow({ where: { id: adminId } });
    expect(stored.totpEnabledAt).not.toBeNull();
    const audit = await db.auditLog.findMany({ where: { action: "moderator.totp_enable" } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it("asks for a fresh code at login, allows one step of drift and refuses a reused code", async () => {
    expect(await authenticateModerator({ email, password })).toMatchObject({ id: adminId });
    await enableTotp({ moderatorId: adminId, code: await codeAt(secret) });
    // The code used to confirm is spent already.
    expect(await authenticateModerator({ email, password, code: await codeAt(secret) })).toBeNull();
    expect(await authenticateModerator({ email, password })).toBeNull();
    vi.setSystemTime(start + 30_000);
    expect(await authenticateModerator({ email, password: "fel lösenord", code: await codeAt(secret, 1) })).toBeNull();
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 3) })).toBeNull();
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 2) })).toMatchObject({ id: adminId });
    expect(await authenticateModerator({ email, password, code: await codeAt(secret, 2) })).toBeNull();
    // One step behind is fine, if not used yet: here it is older than the last one used.
    vi.setSystemTime(start + 120_000);
    const drifted = await codeAt(secret, 3);
    expect(await authenticateModerator({ email, password, code: `${drifted.slice(0, 3)} ${drifted.slice(3)}` })).toMatchObject({ id: adminId });
  });

  it("requires a code to turn it off, and refuses while the site requires it", async () => {
    await enableTotp({ moderatorId: adminId, code: await codeAt(secret) });
    vi.setSystemTime(start + 30_000);
    await setRequireTotp({ actorId: adminId, requireTotp: true });
    await expect(disableTotp({ moderatorId: adminId, code: await codeAt(secret, 1) })).rejects.toMatchObject({ code: "INVALID_STATE", field: "code", key: "required" });
    await setRequireTotp({ actorId: adminId, requireTotp: false });
    await expect(disableTotp({ moderatorId: adminId, code: "123456" })).rejects.toMatchObject({ code: "INVALID_INPUT", field: "code", key: "codeInvalid" });
    await expect(disableTotp({ moderatorId: adminId, code: await codeAt(secret, 1) })).resolves.toBeUndefined();
    expect(await db.moderator.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await db.auditLog.count({ where: { action: "moderator.totp_disable" } })).toBe(1);
  });

  it("lets an admin require it for everyone only with it on themself, audited", async () => {
    await expect(setRequireTotp({ actorId: adminId, requireTotp: true })).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db.siteSetting.findUnique({ where: { id: 1 } })).toBeNull();
    await enableTotp({ moderatorId: adminId, code: await codeAt(secret) });
    expect(await setRequireTotp({ actorId: adminId, requireTotp: true })).toEqual({ requireTotp: true });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "setting.require_totp" } });
    expect(row).toMatchObject({ targetType: "setting", before: { requireTotp: false }, after: { requireTotp: true } });
  });

  it("lets an admin remove someone's second factor, audited", async () => {
    await enableTotp({ moderatorId: adminId, code: await codeAt(secret) });
    await resetTotp({ actorId: adminId, moderatorId: adminId });
    expect(await db.moderator.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ totpEnabledAt: null });
    expect(await db.auditLog.count({ where: { action: "moderator.totp_reset" } })).toBe(1);
    await expect(resetTotp({ actorId: adminId, moderatorId: adminId })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });
});

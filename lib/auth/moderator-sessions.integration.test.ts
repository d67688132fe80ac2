// Server-side moderator sessions on a real database. Each case logs in the way next-auth does,
// keeps the cookie as a thief would, makes the change, and replays the old cookie against the
// guards every page and action use: it must open nothing afterwards.
import { generate } from "otplib";
import { beforeEach, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { createModerator } from "@/lib/moderators/create-moderator";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { resetModeratorPassword } from "@/lib/moderators/reset-moderator-password";
import { updateModerator } from "@/lib/moderators/update-moderator";

import { disableTotp } from "@/lib/moderators/disable-totp";
import { enableTotp } from "@/lib/moderators/enable-totp";
import { resetTotp } from "@/lib/moderators/reset-totp";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { cookieName, logInCookie, tokenOf, withToken } from "@/test/session-cookie";
import { logOutEverywhere } from "./log-out-everywhere";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { authOptionsFor } from "./options";
import { purgeExpiredSessions } from "./purge-expired-sessions";
import { renewSessionCookie } from "./renew-session-cookie";
import { lookUpSession, requireModerator } from "./session";
import { sessionRowId } from "./session-token";
import { startModeratorSession } from "./start-moderator-session";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers(), cookies: async () => cookieStoreOf(jar) };
});

const password = "ett långt lösenord";
const action = moderatorAction({ schema: z.object({}), roles: ["MODERATOR", "ADMIN"] }, async () => "done");

async function statusWith(cookie: string) {
  jar.set(cookieName, cookie);
  return (await lookUpSession()).status;
}

// What a thief holding the cookie gets from a page guard and from a moderator action.
async function replay(cookie: string) {
  jar.set(cookieName, cookie);
  const result = await action({});
  let redirect: string | null = null;
  await requireModerator().catch((error: { digest?: string }) => {
    redirect = error.digest?.split(";")[2] ?? "thrown";
  });
  return { status: (await lookUpSession()).status, action: result.ok ? "ran" : result.message, redirect };
}
const refused = { status: "ended", action: "UNAUTHORIZED", redirect: "/mod/logga-in?utloggad=avslutad" };

describeEachDatabase("moderator sessions", () => {
  let adminId: string;
  let annaId: string;
  beforeEach(async () => {
    jar.clear();
    await truncateAll();
    await db.siteSetting.deleteMany();
    await ensureAdmin({ db, email: "admin@kommun.se", password, allowDemo: false });
    adminId = (await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } })).id;
    annaId = (await createModerator({ actorId: adminId, name: "Anna", email: "anna@kommun.se", role: "MODERATOR", password })).id;
  });

  it("start at login with a row that holds only a hash of the cookie's token", async () => {
    const cookie = await logInCookie(annaId);
    const token = await tokenOf(cookie);
    expect(token).toMatchObject({ sub: annaId, sid: expect.any(String) });
    expect(token.lastActivity).toBe(token.loginAt);
    expect(Buffer.from(token.sid as string, "base64url")).toHaveLength(32);
    const [row] = await db.moderatorSession.findMany();
    expect(row).toMatchObject({ id: sessionRowId(token.sid as string), moderatorId: annaId });
    expect(row.id).not.toContain(token.sid);
    expect(row.expiresAt.getTime()).toBe((token.loginAt as number) + 8 * 3600_000);
    expect(await replay(cookie)).toEqual({ status: "active", action: "ran", redirect: null });
  });

  it("end at sign-out, that session only", async () => {
    const stolen = await logInCookie(annaId);
    const other = await logInCookie(annaId);
    await authOptionsFor({ secure: false }).events!.signOut!({ token: await tokenOf(stolen), session: null as never });
    expect(await replay(stolen)).toEqual(refused);
    expect(await statusWith(other)).toBe("active");
  });

  it("all end when an admin resets the password, and only that account's", async () => {
    const stolen = [await logInCookie(annaId), await logInCookie(annaId)];
    const admins = await logInCookie(adminId);
    await resetModeratorPassword({ actorId: adminId, moderatorId: annaId, password: "ett helt nytt lösenord" });
    for (const cookie of stolen) expect(await replay(cookie)).toEqual(refused);
    expect(await statusWith(admins)).toBe("active");
  });

  it("all end at deactivation, and reactivation does not revive them", async () => {
    const stolen = await logInCookie(annaId);
    await updateModerator({ actorId: adminId, moderatorId: annaId, active: false });
    expect(await replay(stolen)).toEqual(refused);
    await updateModerator({ actorId: adminId, moderatorId: annaId, active: true });
    expect(await replay(stolen)).toEqual(refused);
    expect(await statusWith(await logInCookie(annaId))).toBe("active");
  });

  it("all end at a role change", async () => {
    const stolen = await logInCookie(annaId);
    await updateModerator({ actorId: adminId, moderatorId: annaId, role: "ADMIN" });
    expect(await replay(stolen)).toEqual(refused);
  });

  it("all end at every two-factor change: on, off, and an admin's reset", async () => {
    const { secret } = (await startTotpEnrollment({ moderatorId: annaId }))!;
    const beforeEnable = await logInCookie(annaId);
    await expect(enableTotp({ moderatorId: annaId, code: await generate({ secret }) })).resolves.toBeUndefined();
    expect(await replay(beforeEnable)).toEqual(refused);

    const beforeDisable = await logInCookie(annaId);
    const nextStep = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    await expect(disableTotp({ moderatorId: annaId, code: nextStep })).resolves.toBeUndefined();
    expect(await replay(beforeDisable)).toEqual(refused);

    const { secret: second } = (await startTotpEnrollment({ moderatorId: annaId }))!;
    await enableTotp({ moderatorId: annaId, code: await generate({ secret: second }) });
    const beforeReset = await logInCookie(annaId);
    await resetTotp({ actorId: adminId, moderatorId: annaId });
    expect(await replay(beforeReset)).toEqual(refused);
  });

  it("all end when the moderator logs out everywhere, audited", async () => {
    const stolen = [await logInCookie(annaId), await logInCookie(annaId)];
    expect(await logOutEverywhere({ moderatorId: annaId })).toEqual({ sessionsEnded: 2 });
    for (const cookie of stolen) expect(await replay(cookie)).toEqual(refused);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "moderator.sessions_revoke" } });
    expect(row).toMatchObject({ moderatorId: annaId, targetType: "moderator", targetId: annaId, after: { sessionsEnded: 2 } });
  });

  it("give the browser that changed its own second factor a new session, and keep the old cookie dead", async () => {
    const stolen = await logInCookie(annaId);
    jar.set(cookieName, stolen);
    const { secret } = (await startTotpEnrollment({ moderatorId: annaId }))!;
    await enableTotp({ moderatorId: annaId, code: await generate({ secret }) });
    await renewSessionCookie({ moderatorId: annaId });
    const renewed = jar.get(cookieName)!;
    expect(renewed).not.toBe(stolen);
    expect((await tokenOf(renewed)).loginAt).toBe((await tokenOf(stolen)).loginAt);
    expect(await statusWith(renewed)).toBe("active");
    expect(await replay(stolen)).toEqual(refused);
  });

  it("all end when a start sets another admin password, and survive a restart with the same one", async () => {
    const admins = await logInCookie(adminId);
    await ensureAdmin({ db, email: "admin@kommun.se", password, allowDemo: false });
    expect(await statusWith(admins)).toBe("active");
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett annat långt lösenord", allowDemo: false });
    expect(await replay(admins)).toEqual(refused);
  });

  it("open nothing without their row: no session id, another account's, or a row past its end", async () => {
    const annas = await logInCookie(annaId);
    const { sid } = await tokenOf(annas);
    expect(await statusWith(await withToken(annas, { sid: undefined }))).toBe("ended");
    expect(await statusWith(await withToken(annas, { sub: adminId }))).toBe("ended");
    expect(await statusWith(await withToken(annas, { sid: "guessed" }))).toBe("ended");
    await db.moderatorSession.update({ where: { id: sessionRowId(sid as string) }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await statusWith(annas)).toBe("ended");
  });

  it("are purged once past their end", async () => {
    const now = Date.now();
    await startModeratorSession({ moderatorId: annaId, loginAt: now - 9 * 3600_000 });
    await startModeratorSession({ moderatorId: annaId, loginAt: now - 3600_000 });
    expect(await purgeExpiredSessions({ now: new Date(now) })).toBe(1);
    expect(await db.moderatorSession.count()).toBe(1);
  });
});

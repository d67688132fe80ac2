// requireModerator() and moderatorAction() on a real database, with a real session cookie in a
// stand-in for the request's cookies: an idle session and a moderator owing the required second
// factor are refused on the server, whatever the browser was redirected to.
import { beforeEach, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { cookieName, logInCookie, withToken } from "@/test/session-cookie";
import { moderatorAction } from "@/lib/actions/moderator-action";
import { requireModerator } from "./session";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers(), cookies: async () => cookieStoreOf(jar) };
});

const minute = 60_000;
const action = moderatorAction({ schema: z.object({}), roles: ["MODERATOR", "ADMIN"] }, async () => "done");
const setupAction = moderatorAction({ schema: z.object({}), roles: ["MODERATOR", "ADMIN"], allowWithoutTotp: true }, async () => "done");

async function redirectOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2];
  }
}

describeEachDatabase("session guards", () => {
  let moderatorId: string;
  beforeEach(async () => {
    await truncateAll();
    await db.siteSetting.deleteMany();
    await ensureAdmin({ db, email: "admin@kommun.se", password: "ett långt lösenord", allowDemo: false });
    moderatorId = (await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } })).id;
    login = await logInCookie(moderatorId);
    await setTimes({ loginAt: Date.now() - 60 * minute, lastActivity: Date.now() - 5 * minute });
  });

  let login: string;
  const setTimes = async (times: { loginAt: number; lastActivity: number }) => jar.set(cookieName, await withToken(login, times));

  it("let an active session through", async () => {
    expect(await redirectOf(requireModerator())).toBeNull();
    expect(await action({})).toEqual({ ok: true, data: "done" });
  });

  it("refuse a session idle for longer than SESSION_IDLE_MINUTES, with the reason", async () => {
    await setTimes({ loginAt: Date.now() - 60 * minute, lastActivity: Date.now() - 31 * minute });
    expect(await redirectOf(requireModerator())).toBe("/mod/logga-in?utloggad=inaktiv");
    expect(await action({})).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    await setTimes({ loginAt: Date.now() - 9 * 60 * minute, lastActivity: Date.now() });
    expect(await redirectOf(requireModerator())).toBe("/mod/logga-in?utloggad=tid");
  });

  it("send a moderator without the required second factor to set it up, and refuse their actions", async () => {
    await db.siteSetting.create({ data: { id: 1, requireTotp: true } });
    expect(await redirectOf(requireModerator())).toBe("/mod/konto/tvastegsverifiering");
    expect(await redirectOf(requireModerator({ allowWithoutTotp: true }))).toBeNull();
    expect(await action({})).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    expect(await setupAction({})).toEqual({ ok: true, data: "done" });
    await db.moderator.update({ where: { id: moderatorId }, data: { totpEnabledAt: new Date(), totpSecret: "X" } });
    expect(await action({})).toEqual({ ok: true, data: "done" });
  });
});

// requireModerator() and moderatorAction() on a real database, with the session cookie's
// contents stubbed: an idle session and a moderator owing the required second factor are
// refused on the server, whatever the browser was redirected to.
import { beforeEach, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { moderatorAction } from "./moderator-action";
import { requireModerator } from "./session";

const session = vi.hoisted(() => ({ current: null as Record<string, unknown> | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => session.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const minute = 60_000;
const action = moderatorAction({ schema: z.object({}) }, async () => "done");
const setupAction = moderatorAction({ schema: z.object({}), allowWithoutTotp: true }, async () => "done");

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
    session.current = { moderatorId, loginAt: Date.now() - 60 * minute, lastActivity: Date.now() - 5 * minute };
  });

  it("let an active session through", async () => {
    expect(await redirectOf(requireModerator())).toBeNull();
    expect(await action({})).toEqual({ ok: true, data: "done" });
  });

  it("refuse a session idle for longer than SESSION_IDLE_MINUTES, with the reason", async () => {
    session.current = { moderatorId, loginAt: Date.now() - 60 * minute, lastActivity: Date.now() - 31 * minute };
    expect(await redirectOf(requireModerator())).toBe("/mod/logga-in?utloggad=inaktiv");
    expect(await action({})).toMatchObject({ ok: false, message: "UNAUTHORIZED" });
    session.current = { moderatorId, loginAt: Date.now() - 9 * 60 * minute, lastActivity: Date.now() };
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

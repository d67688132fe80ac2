import { beforeEach, expect, it } from "vitest";
import { authenticateModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { demoAdminEmail, demoColleagueEmail, ensureAdmin } from "./ensure-admin";

describeEachDatabase("ensureAdmin", () => {
  beforeEach(() => truncateAll());

  it("creates the configured admin, and on later starts restores its role and password", async () => {
    const first = await ensureAdmin({ db, email: "Chef@Kommun.se", password: "första lösenordet", allowDemo: true });
    expect(first).toEqual({ kind: "configured", email: "chef@kommun.se", created: true });
    await db.moderator.update({ where: { email: "chef@kommun.se" }, data: { role: "MODERATOR", active: false } });

    await ensureAdmin({ db, email: "chef@kommun.se", password: "andra lösenordet!", allowDemo: true });
    const admin = await db.moderator.findUniqueOrThrow({ where: { email: "chef@kommun.se" } });
    expect(admin).toMatchObject({ role: "ADMIN", active: true });
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticateModerator({ email: "chef@kommun.se", password: "andra lösenordet!" })).not.toBeNull();
    expect(await authenticateModerator({ email: "chef@kommun.se", password: "första lösenordet" })).toBeNull();
  });

  it("survives two instances creating the same admin at once", async () => {
    const input = { db, email: "chef@kommun.se", password: "samma lösenord här", allowDemo: false };
    await Promise.all([ensureAdmin(input), ensureAdmin(input)]);
    expect(await db.moderator.count()).toBe(1);
  });

  it("creates a demo admin and a demo colleague only on an empty embedded database, with logins that work once shown", async () => {
    expect(await ensureAdmin({ db, allowDemo: false })).toEqual({ kind: "none" });
    const demo = await ensureAdmin({ db, allowDemo: true });
    if (demo.kind !== "demo-created") throw new Error(`expected a demo admin, got ${demo.kind}`);
    expect(demo.email).toBe(demoAdminEmail);
    expect(demo.password.length).toBeGreaterThanOrEqual(16);
    expect(await authenticateModerator({ email: demo.email, password: demo.password })).toMatchObject({ role: "ADMIN" });
    // The second login, for trying colleague review alone: a plain moderator with its own password.
    expect(demo.colleague.email).toBe(demoColleagueEmail);
    expect(demo.colleague.password).not.toBe(demo.password);
    expect(await authenticateModerator({ email: demo.colleague.email, password: demo.colleague.password })).toMatchObject({ role: "MODERATOR" });
    expect(await authenticateModerator({ email: demo.colleague.email, password: demo.password })).toBeNull();
    expect(await ensureAdmin({ db, allowDemo: true })).toEqual({ kind: "existing" });
    expect(await db.moderator.count()).toBe(2);
  });
});

import { beforeEach, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { createModerator } from "./create-moderator";
import { listModerators } from "./list-moderators";
import { resetModeratorPassword } from "./reset-moderator-password";
import { updateModerator } from "./update-moderator";

const password = "ett långt lösenord";

async function firstAdmin(): Promise<string> {
  await ensureAdmin({ db, email: "admin@kommun.se", password, allowDemo: false });
  const admin = await db.moderator.findUniqueOrThrow({ where: { email: "admin@kommun.se" } });
  return admin.id;
}

describeEachDatabase("moderator accounts", () => {
  let adminId: string;
  beforeEach(async () => {
    await truncateAll();
    adminId = await firstAdmin();
  });

  it("creates an account with an argon2id hash and logs it without the hash", async () => {
    const created = await createModerator({ actorId: adminId, name: "Anna Berg", email: "anna@kommun.se", role: "MODERATOR", password });
    const stored = await db.moderator.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash, password)).toBe(true);

    const rows = await db.auditLog.findMany({ where: { targetId: created.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "moderator.create", targetType: "moderator", moderatorId: adminId, before: null });
    expect(rows[0].after).toEqual({ name: "Anna Berg", email: "anna@kommun.se", role: "MODERATOR", active: true });
    expect(JSON.stringify(rows)).not.toContain("argon2");
  });

  it("refuses a taken e-mail with CONFLICT and writes no audit row", async () => {
    await expect(
      createModerator({ actorId: adminId, name: "Kopia", email: "admin@kommun.se", role: "MODERATOR", password }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.auditLog.count()).toBe(0);
    expect(await db.moderator.count()).toBe(1);
  });

  it("keeps no account when its audit row cannot be written", async () => {
    // An actor that does not exist breaks the audit row's foreign key, after the account insert.
    await expect(
      createModerator({ actorId: "no-such-moderator", name: "Utan logg", email: "ny@kommun.se", role: "MODERATOR", password }),
    ).rejects.toThrow();
    expect(await db.moderator.findUnique({ where: { email: "ny@kommun.se" } })).toBeNull();
  });

  it("changes role and active flag, logging before and after", async () => {
    const anna = await createModerator({ actorId: adminId, name: "Anna", email: "anna@kommun.se", role: "MODERATOR", password });
    await updateModerator({ actorId: adminId, moderatorId: anna.id, role: "ADMIN" });
    await updateModerator({ actorId: adminId, moderatorId: anna.id, active: false });

    const rows = await db.auditLog.findMany({ where: { action: "moderator.update" }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.before, row.after])).toEqual([
      [
        { name: "Anna", email: "anna@kommun.se", role: "MODERATOR", active: true },
        { name: "Anna", email: "anna@kommun.se", role: "ADMIN", active: true },
      ],
      [
        { name: "Anna", email: "anna@kommun.se", role: "ADMIN", active: true },
        { name: "Anna", email: "anna@kommun.se", role: "ADMIN", active: false },
      ],
    ]);
    const listed = await listModerators();
    expect(listed.map((m) => [m.email, m.active])).toEqual([
      ["admin@kommun.se", true],
      ["anna@kommun.se", false],
    ]);
    expect(Object.keys(listed[0])).not.toContain("passwordHash");
  });

  it("does not let an admin demote or deactivate themself", async () => {
    await createModerator({ actorId: adminId, name: "Bo", email: "bo@kommun.se", role: "ADMIN", password });
    await expect(updateModerator({ actorId: adminId, moderatorId: adminId, role: "MODERATOR" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(updateModerator({ actorId: adminId, moderatorId: adminId, active: false })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    expect(await db.moderator.findUniqueOrThrow({ where: { id: adminId } })).toMatchObject({ role: "ADMIN", active: true });
    expect(await db.auditLog.count({ where: { action: "moderator.update" } })).toBe(0);
  });

  it("keeps the last active admin", async () => {
    // Another admin whose account is deactivated does not count.
    const bo = await createModerator({ actorId: adminId, name: "Bo", email: "bo@kommun.se", role: "ADMIN", password });
    await updateModerator({ actorId: adminId, moderatorId: bo.id, active: false });
    await expect(updateModerator({ actorId: bo.id, moderatorId: adminId, role: "MODERATOR" })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });
    await expect(updateModerator({ actorId: bo.id, moderatorId: adminId, active: false })).rejects.toMatchObject({
      code: "INVALID_STATE",
    });

    // With a second active admin, one of them may step down.
    await updateModerator({ actorId: adminId, moderatorId: bo.id, active: true });
    await updateModerator({ actorId: bo.id, moderatorId: adminId, role: "MODERATOR" });
    expect(await db.moderator.count({ where: { role: "ADMIN", active: true } })).toBe(1);
  });

  it("answers NOT_FOUND for an unknown account", async () => {
    await expect(updateModerator({ actorId: adminId, moderatorId: "nobody", active: false })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("resets a password and logs only that it changed", async () => {
    const anna = await createModerator({ actorId: adminId, name: "Anna", email: "anna@kommun.se", role: "MODERATOR", password });
    await resetModeratorPassword({ actorId: adminId, moderatorId: anna.id, password: "ett helt nytt lösenord" });
    const stored = await db.moderator.findUniqueOrThrow({ where: { id: anna.id } });
    expect(await verifyPassword(stored.passwordHash, "ett helt nytt lösenord")).toBe(true);
    expect(await verifyPassword(stored.passwordHash, password)).toBe(false);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "moderator.password_reset" } });
    expect(row).toMatchObject({ targetId: anna.id, moderatorId: adminId, after: { passwordChanged: true } });
    expect(JSON.stringify(row)).not.toContain("nytt");
  });
});

// Responders are rows of the Moderator table, but never moderators: nothing that counts or lists
// moderators may count them. An active responder must not bring colleague review into force (a
// lone moderator would then wait for a "colleague" who cannot approve), keep it out of being
// held, appear on the accounts page, or be made an admin from it; and the moderator pages send
// a responder away.
import { beforeEach, expect, it, vi } from "vitest";
import { landingPath, requireModerator } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { listModerators } from "@/lib/moderators/list-moderators";
import { updateModerator } from "@/lib/moderators/update-moderator";
import { getColleagueReview } from "@/lib/settings/colleague-review";
import { listTotpStatus } from "@/lib/totp/list-totp-status";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers(), cookies: async () => cookieStoreOf(jar) };
});

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

describeEachDatabase("responders are not moderators", () => {
  let adminId: string;
  let responderId: string;

  beforeEach(async () => {
    await truncateAll();
    await db.siteSetting.deleteMany();
    jar.clear();
    adminId = (await db.moderator.create({ data: { email: "admin@sakligt.test", name: "Admin", passwordHash: "unused", role: "ADMIN" } })).id;
    const organisation = await seedOrganisation();
    responderId = (await seedResponder(organisation.id)).id;
  });

  it("do not bring colleague review into force for a lone moderator", async () => {
    expect(await getColleagueReview()).toMatchObject({ enabled: true, activeModerators: 1, inForce: false });
  });

  it("do not keep colleague review from being held when a deactivation leaves one moderator", async () => {
    const colleague = await db.moderator.create({ data: { email: "kollega@sakligt.test", name: "Kollega", passwordHash: "unused", role: "MODERATOR" } });
    expect(await getColleagueReview()).toMatchObject({ activeModerators: 2, inForce: true });
    await updateModerator({ actorId: adminId, moderatorId: colleague.id, active: false });
    expect((await db.siteSetting.findUnique({ where: { id: 1 } }))?.colleagueReviewHeld).toBe(true);
  });

  it("are not listed on the accounts page", async () => {
    expect((await listModerators()).map((row) => row.id)).toEqual([adminId]);
    expect((await listTotpStatus()).map((row) => row.id)).toEqual([adminId]);
  });

  it("cannot be made moderators or admins from the accounts page", async () => {
    await expect(updateModerator({ actorId: adminId, moderatorId: responderId, role: "ADMIN" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.moderator.findUniqueOrThrow({ where: { id: responderId } })).role).toBe("RESPONDER");
  });

  it("are sent from every moderator page to their own area", async () => {
    jar.set(cookieName, await logInCookie(responderId));
    expect(await redirectOf(requireModerator())).toBe("/svar");
    expect(await redirectOf(requireModerator({ role: "ADMIN" }))).toBe("/svar");
    expect(await redirectOf(requireModerator({ allowWithoutTotp: true }))).toBe("/svar");
  });

  it("land in their own area after login, at the two-factor set-up while they owe it", async () => {
    jar.set(cookieName, await logInCookie(responderId));
    expect(await landingPath()).toBe("/svar");
    await db.moderator.update({ where: { id: responderId }, data: { totpEnabledAt: null } });
    expect(await landingPath()).toBe("/svar/tvastegsverifiering");
    jar.set(cookieName, await logInCookie(adminId));
    expect(await landingPath()).toBe("/mod");
  });
});

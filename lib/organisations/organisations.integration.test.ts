// Organisations and their responders on a real database: who may be invited, how an invitation
// is used once and runs out, what deactivating an organisation does to live sessions, and when
// the fast track may be switched on. Every change leaves its audit row.
import { beforeEach, expect, it, vi } from "vitest";
import { checkModeratorLogin } from "@/lib/auth/authenticate-moderator";
import { hashPassword } from "@/lib/auth/password";
import { lookUpSession, requireResponder } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { MALMO, seedOrganisation, seedResponder } from "@/test/fixtures/organisation-fixtures";
import { seedModerator, seedPendingStory, seedTagsAndTemplates } from "@/test/fixtures/review-fixtures";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { acceptInvitation } from "./accept-invitation";
import { createOrganisation } from "./create-organisation";
import { findInvitation } from "./find-invitation";
import { invitationTokenHash } from "./invitation-token";
import { inviteResponder } from "./invite-responder";
import { setFastTrack } from "./set-fast-track";
import { setOrganisationActive } from "./set-organisation-active";
import { setResponderActive } from "./set-responder-active";
import { updateOrganisation } from "./update-organisation";

const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return { headers: async () => new Headers(), cookies: async () => cookieStoreOf(jar) };
});

const origin = "https://sakligt.example.se";
const hour = 60 * 60 * 1000;

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

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    const { code, field, key } = error as { code?: string; field?: string; key?: string };
    return { code, field, key };
  }
  throw new Error("expected a refusal");
}

describeEachDatabase("organisations", () => {
  let adminId: string;
  let organisationId: string;

  beforeEach(async () => {
    await truncateAll();
    jar.clear();
    adminId = (await db.moderator.create({ data: { email: "admin@sakligt.test", name: "Admin", passwordHash: "unused", role: "ADMIN" } })).id;
    organisationId = (await seedOrganisation({ name: "Socialtjänsten, Malmö stad", emailDomains: ["malmo.se"] })).id;
  });

  const invite = (email: string, now?: Date) => inviteResponder({ actorId: adminId, organisationId, email, publicOrigin: origin, now });

  it("create and edit an organisation, each change audited", async () => {
    const { id } = await createOrganisation({ actorId: adminId, name: "Socialtjänsten, Lunds kommun", municipalityCodes: ["1281"], emailDomains: ["lund.se"], contactEmail: "kontakt@lund.se" });
    expect(await updateOrganisation({ actorId: adminId, organisationId: id, name: "Socialförvaltningen, Lunds kommun", municipalityCodes: ["1281"], emailDomains: ["lund.se"], contactEmail: "kontakt@lund.se" })).toEqual({ changed: true });
    expect(await updateOrganisation({ actorId: adminId, organisationId: id, name: "Socialförvaltningen, Lunds kommun", municipalityCodes: ["1281"], emailDomains: ["lund.se"], contactEmail: "kontakt@lund.se" })).toEqual({ changed: false });
    const audit = await db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.moderatorId])).toEqual([["organisation.create", adminId], ["organisation.update", adminId]]);
    expect(audit[1].after).toEqual({ name: "Socialförvaltningen, Lunds kommun" });
  });

  it("refuse an address outside the organisation's domains, beside the field", async () => {
    for (const email of ["x@evilmalmo.se", "x@malmo.se.evil.com", "x@lund.se", "malmo.se@evil.com"]) {
      expect(await rejection(invite(email))).toEqual({ code: "INVALID_INPUT", field: "email", key: "emailOutsideDomains" });
    }
    expect(await db.responderInvitation.count()).toBe(0);
    expect(await db.outboxMail.count()).toBe(0);
  });

  it("invite at the domain: only the token's hash is stored, and the mail holds the name and the link only", async () => {
    const { token, invitationId } = await invite("anna.svensson@malmo.se");
    const row = await db.responderInvitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(row.tokenHash).toBe(invitationTokenHash(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(72 * hour);
    const mail = await db.outboxMail.findFirstOrThrow();
    expect(mail).toMatchObject({ kind: "invitation", to: "anna.svensson@malmo.se", organisationId });
    expect(mail.text).toContain("Socialtjänsten, Malmö stad");
    expect(mail.text).toContain(`${origin}/inbjudan/${token}`);
    expect(mail.text).not.toContain("Admin");
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: invitationId } });
    expect(audit).toMatchObject({ action: "invitation.create", moderatorId: adminId, targetType: "invitation" });
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("accept an invitation once: a replay is refused and makes no second account", async () => {
    const { token } = await invite("anna@malmo.se");
    expect(await findInvitation({ token })).toEqual({ status: "open", organisationName: "Socialtjänsten, Malmö stad", email: "anna@malmo.se" });
    const { moderatorId } = await acceptInvitation({ token, name: "Anna", password: "ett långt lösenord" });
    const responder = await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } });
    expect(responder).toMatchObject({ role: "RESPONDER", organisationId, email: "anna@malmo.se", name: "Anna", totpEnabledAt: null });
    expect(responder.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await rejection(acceptInvitation({ token, name: "Mallory", password: "ett annat långt lösenord" }))).toEqual({ code: "INVALID_STATE", field: "token", key: "used" });
    expect(await findInvitation({ token })).toEqual({ status: "used" });
    expect(await db.moderator.count({ where: { role: "RESPONDER" } })).toBe(1);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: "invitation.accept" } })).moderatorId).toBe(moderatorId);
  });

  it("let only one of two simultaneous uses of the same link through", async () => {
    const { token } = await invite("anna@malmo.se");
    const results = await Promise.allSettled([
      acceptInvitation({ token, name: "Anna", password: "ett långt lösenord" }),
      acceptInvitation({ token, name: "Anna", password: "ett långt lösenord" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.moderator.count({ where: { role: "RESPONDER" } })).toBe(1);
  });

  it("refuse an invitation after 72 hours", async () => {
    const sent = new Date(Date.now() - 72 * hour - 1000);
    const { token } = await invite("anna@malmo.se", sent);
    expect(await findInvitation({ token })).toEqual({ status: "expired" });
    expect(await rejection(acceptInvitation({ token, name: "Anna", password: "ett långt lösenord" }))).toEqual({ code: "INVALID_STATE", field: "token", key: "expired" });
    const fresh = await invite("bo@malmo.se", new Date(Date.now() - 71 * hour));
    await expect(acceptInvitation({ token: fresh.token, name: "Bo", password: "ett långt lösenord" })).resolves.toMatchObject({ email: "bo@malmo.se" });
  });

  it("refuse an unknown link and an address that already has an account", async () => {
    expect(await rejection(acceptInvitation({ token: "A".repeat(43), name: "X", password: "ett långt lösenord" }))).toEqual({ code: "NOT_FOUND", field: "token", key: "unknown" });
    const { token } = await invite("anna@malmo.se");
    await db.moderator.create({ data: { email: "anna@malmo.se", name: "Anna", passwordHash: "unused", role: "MODERATOR" } });
    expect(await rejection(acceptInvitation({ token, name: "Anna", password: "ett långt lösenord" }))).toEqual({ code: "CONFLICT", field: "token", key: "emailInUse" });
    // The refusal undid the whole change: the link is not spent.
    expect(await findInvitation({ token })).toMatchObject({ status: "open" });
  });

  it("end every responder session at once when the organisation is deactivated", async () => {
    const responder = await seedResponder(organisationId);
    jar.set(cookieName, await logInCookie(responder.id));
    expect(await redirectOf(requireResponder())).toBeNull();
    expect(await db.moderatorSession.count({ where: { moderatorId: responder.id } })).toBe(1);

    expect(await setOrganisationActive({ actorId: adminId, organisationId, active: false })).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await db.moderatorSession.count({ where: { moderatorId: responder.id } })).toBe(0);
    expect((await lookUpSession()).status).toBe("ended");
    expect(await redirectOf(requireResponder())).toBe("/mod/logga-in?utloggad=avslutad");
    expect(await rejection(invite("bo@malmo.se"))).toMatchObject({ code: "INVALID_STATE", field: "email" });

    // Reactivating restores nothing: the old cookie stays dead, a new login works.
    await setOrganisationActive({ actorId: adminId, organisationId, active: true });
    expect((await lookUpSession()).status).toBe("ended");
    jar.set(cookieName, await logInCookie(responder.id));
    expect((await lookUpSession()).status).toBe("active");
    const audit = await db.auditLog.findMany({ where: { targetId: organisationId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["organisation.deactivate", "organisation.reactivate"]);
  });

  it("switch one responder off alone: their session ends and their password no longer works", async () => {
    const responder = await seedResponder(organisationId);
    const colleague = await seedResponder(organisationId);
    const password = "ett långt lösenord för svararen";
    await db.moderator.update({ where: { id: responder.id }, data: { passwordHash: await hashPassword(password), totpEnabledAt: null } });
    jar.set(cookieName, await logInCookie(responder.id));
    const colleagueCookie = await logInCookie(colleague.id);
    expect((await checkModeratorLogin({ email: responder.email, password })).status).toBe("ok");

    expect(await setResponderActive({ actorId: adminId, organisationId, responderId: responder.id, active: false })).toEqual({ changed: true, sessionsEnded: 1 });
    expect(await db.moderatorSession.count({ where: { moderatorId: responder.id } })).toBe(0);
    expect((await lookUpSession()).status).toBe("ended");
    expect((await checkModeratorLogin({ email: responder.email, password })).status).toBe("failed");
    // The organisation and the colleague carry on.
    jar.set(cookieName, colleagueCookie);
    expect((await lookUpSession()).status).toBe("active");

    // Only a responder of this organisation: not a moderator, not another organisation's staff.
    const moderator = await seedModerator();
    expect(await rejection(setResponderActive({ actorId: adminId, organisationId, responderId: moderator.id, active: false }))).toMatchObject({ code: "NOT_FOUND" });
    const other = await seedOrganisation({ municipalityCodes: ["1281"], emailDomains: ["lund.se"] });
    const elsewhere = await seedResponder(other.id);
    expect(await rejection(setResponderActive({ actorId: adminId, organisationId, responderId: elsewhere.id, active: false }))).toMatchObject({ code: "NOT_FOUND" });
    expect(await db.moderator.count({ where: { id: { in: [moderator.id, elsewhere.id] }, active: true } })).toBe(2);

    await setResponderActive({ actorId: adminId, organisationId, responderId: responder.id, active: true });
    expect((await checkModeratorLogin({ email: responder.email, password })).status).toBe("ok");
    const audit = await db.auditLog.findMany({ where: { targetId: responder.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["responder.deactivate", "responder.reactivate"]);
  });

  it("allow the fast track from ten published answers, none taken down", async () => {
    const moderator = await seedModerator();
    const { tags } = await seedTagsAndTemplates();
    const storyIds: string[] = [];
    for (let i = 0; i < 11; i++) storyIds.push(await seedPendingStory({ tagIds: [tags[0].id], title: `Berättelse nummer ${i + 1}` }));
    const answer = (storyId: string, status: "PUBLISHED" | "TAKEN_DOWN" | "PENDING") =>
      db.answer.create({ data: { storyId, organisationId, body: "Tack för att du berättar.", status, decidedById: moderator.id } });
    for (const storyId of storyIds.slice(0, 9)) await answer(storyId, "PUBLISHED");
    await answer(storyIds[9], "PENDING");
    const turnOn = () => setFastTrack({ actorId: adminId, organisationId, fastTrack: true });

    expect(await rejection(turnOn())).toEqual({ code: "INVALID_STATE", field: "fastTrack", key: "fastTrackNotEarned" });
    await db.answer.updateMany({ where: { storyId: storyIds[9] }, data: { status: "PUBLISHED" } });
    expect(await turnOn()).toEqual({ changed: true });
    expect((await db.organisation.findUniqueOrThrow({ where: { id: organisationId } })).fastTrack).toBe(true);
    expect(await setFastTrack({ actorId: adminId, organisationId, fastTrack: false })).toEqual({ changed: true });

    await answer(storyIds[10], "TAKEN_DOWN");
    expect(await rejection(turnOn())).toEqual({ code: "INVALID_STATE", field: "fastTrack", key: "fastTrackNotEarned" });
    const audit = await db.auditLog.findMany({ where: { targetId: organisationId, action: "organisation.fast_track" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.after)).toEqual([{ fastTrack: true }, { fastTrack: false }]);
  });

  it("always allow switching the fast track off", async () => {
    const fast = await seedOrganisation({ fastTrack: true, municipalityCodes: [MALMO] });
    expect(await setFastTrack({ actorId: adminId, organisationId: fast.id, fastTrack: false })).toEqual({ changed: true });
  });
});

// The invitation form's public action as the browser calls it: a replayed or expired link is
// refused with a reason the page can word, bad input beside its field, and one source cannot
// go on trying (each try hashes a password on the server).
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { acceptInvitationAction } from "@/lib/actions/public/invitation";
import { db } from "@/lib/db";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { seedOrganisation } from "@/test/fixtures/organisation-fixtures";
import { inviteResponder } from "./invite-responder";

const client = vi.hoisted(() => ({ address: "203.0.113.9" as string | null }));
vi.mock("@/lib/request/client-address", () => ({ clientAddress: async () => client.address }));

const values = { name: "Anna Svensson", password: "ett långt lösenord" };

describeEachDatabase("the invitation action", () => {
  let invite: (email: string) => Promise<{ token: string }>;

  beforeAll(() => {
    // Rate-limit keys are hashed with a key derived from the auth secret.
    process.env.NEXTAUTH_SECRET ??= "invitation-action-test-secret-0123456789abcdef";
  });

  beforeEach(async () => {
    await truncateAll();
    client.address = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const admin = await db.moderator.create({ data: { email: "admin@sakligt.test", name: "Admin", passwordHash: "unused", role: "ADMIN" } });
    const { id } = await seedOrganisation();
    invite = (email) => inviteResponder({ actorId: admin.id, organisationId: id, email, publicOrigin: "https://sakligt.example.se" });
  });

  it("accept once, then refuse the same link with its reason", async () => {
    const { token } = await invite("anna@malmo.se");
    expect(await acceptInvitationAction(token, values)).toEqual({ ok: true, data: { email: "anna@malmo.se" } });
    expect(await acceptInvitationAction(token, values)).toEqual({ ok: false, message: "INVALID_STATE", fieldErrors: { token: ["used"] } });
  });

  it("refuse a malformed link and a short password before anything is spent", async () => {
    const { token } = await invite("anna@malmo.se");
    expect(await acceptInvitationAction("inte-en-token", values)).toMatchObject({ ok: false, message: "NOT_FOUND" });
    expect(await acceptInvitationAction(token, { ...values, password: "kort" })).toMatchObject({ ok: false, message: "INVALID_INPUT", fieldErrors: { password: ["passwordTooShort"] } });
    expect(await db.moderator.count({ where: { role: "RESPONDER" } })).toBe(0);
  });

  it("limit the tries from one source", async () => {
    const unknown = "B".repeat(43);
    const answers = [];
    for (let i = 0; i < 11; i++) {
      const result = await acceptInvitationAction(unknown, values);
      answers.push(result.ok ? "ok" : result.message);
    }
    expect(answers.slice(0, 10)).toEqual(Array(10).fill("NOT_FOUND"));
    expect(answers[10]).toBe("RATE_LIMITED");
  });
});

// The set-up action as the browser calls it, on a real database, with only the session cookie's
// cookie and the request stubbed: whatever secret the client sends, only the one the server
// drew and kept can be confirmed.
import { generate } from "otplib";
import { beforeEach, expect, it, vi } from "vitest";
import { authenticateModerator } from "@/lib/auth/authenticate-moderator";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/lib/moderators/ensure-admin";
import { startTotpEnrollment } from "@/lib/totp/start-totp-enrollment";
import { describeEachDatabase, truncateAll } from "@/test/db-harness";
import { cookieName, logInCookie } from "@/test/session-cookie";
import { disableTotpAction, enableTotpAction } from "./two-factor";

// A real session cookie, made as a login makes it (test/session-cookie.ts), in a stand-in jar.
const jar = vi.hoisted(() => new Map<string, string>());
vi.mock("next/headers", async () => {
  const { cookieStoreOf } = await import("@/test/cookie-store");
  return {
    headers: async () => new Headers({ "x-sakligt-client-address": "198.51.100.7" }),
    cookies: async () => cookieStoreOf(jar),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const email = "admin@kommun.se";
const password = "ett långt lösenord";
const chosen = "A".repeat(32);
// A refused code is a failure naming the code field, never a success carrying an error.
const wrongCode = { ok: false, message: "INVALID_INPUT", fieldErrors: { code: ["codeInvalid"] } };

describeEachDatabase("turning two-factor login on", () => {
  let moderatorId: string;
  beforeEach(async () => {
    await truncateAll();
    await db.rateLimitHit.deleteMany();
    await ensureAdmin({ db, email, password, allowDemo: false });
    moderatorId = (await db.moderator.findUniqueOrThrow({ where: { email } })).id;
    jar.clear();
    jar.set(cookieName, await logInCookie(moderatorId));
  });

  it("refuses a secret the client chose, with or without a set-up under way", async () => {
    const forged = { secret: chosen, code: await generate({ secret: chosen }) };
    expect(await enableTotpAction(forged)).toEqual(wrongCode);
    await startTotpEnrollment({ moderatorId });
    expect(await enableTotpAction(forged)).toEqual(wrongCode);
    const form = new FormData();
    form.set("secret", chosen);
    form.set("code", await generate({ secret: chosen }));
    expect(await enableTotpAction(form)).toEqual(wrongCode);
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).toBeNull();
  });

  it("confirms only the secret the server drew, even when another is sent along", async () => {
    const { secret } = (await startTotpEnrollment({ moderatorId }))!;
    expect(await enableTotpAction({ secret: chosen, code: await generate({ secret }) })).toEqual({ ok: true });
    // The account now answers to codes of the drawn secret, never to the chosen one.
    const later = Math.floor(Date.now() / 1000) + 30;
    expect(await authenticateModerator({ email, password, code: await generate({ secret: chosen, epoch: later }) })).toBeNull();
    expect(await authenticateModerator({ email, password, code: await generate({ secret, epoch: later }) })).toMatchObject({ id: moderatorId });
  });

  it("refuses a second set-up and a wrong code to turn it off, beside the code field", async () => {
    const { secret } = (await startTotpEnrollment({ moderatorId }))!;
    expect(await enableTotpAction({ code: await generate({ secret }) })).toEqual({ ok: true });
    // Turning it on ended the session; the browser got a new cookie in the jar.
    expect(await enableTotpAction({ code: await generate({ secret }) })).toEqual({
      ok: false,
      message: "INVALID_STATE",
      fieldErrors: { code: ["alreadyEnabled"] },
    });
    expect(await disableTotpAction({ code: "000000" })).toEqual(wrongCode);
    expect((await db.moderator.findUniqueOrThrow({ where: { id: moderatorId } })).totpEnabledAt).not.toBeNull();
  });
});

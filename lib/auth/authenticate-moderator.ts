import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { consumeTotpCode } from "@/lib/totp/consume-totp-code";
import { limitSecondFactor } from "./limit-second-factor";
import { hashPassword, verifyPassword } from "./password";
import { loginSchema } from "./schemas";

// Everyone who logs in at the one login page: moderators, admins and responders (organisationId
// set for a responder only).
export type SessionModerator = { id: string; email: string; name: string; role: Role; organisationId: string | null };

// What a login attempt proved. The login limits need more than yes or no: a wrong code after
// the right password is not a password guess, and only someone who gave the right password may
// learn that the account's second factor is locked.
export type LoginCheck =
  | { status: "ok"; moderator: SessionModerator }
  // Unknown e-mail, inactive account or wrong password: indistinguishable, on purpose.
  | { status: "failed" }
  | { status: "code-failed" }
  | { status: "code-locked"; until: Date };

let dummyHash: Promise<string> | undefined;

// Unknown e-mail and wrong password take the same time, so logins cannot probe for accounts.
export async function checkModeratorLogin(input: unknown): Promise<LoginCheck> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { status: "failed" };
  const moderator = await db.moderator.findUnique({
    where: { email: parsed.data.email },
    include: { organisation: { select: { active: true } } },
  });
  // A responder whose organisation was deactivated cannot log in either.
  if (!moderator || !moderator.active || (moderator.organisation && !moderator.organisation.active)) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, parsed.data.password);
    return { status: "failed" };
  }
  if (!(await verifyPassword(moderator.passwordHash, parsed.data.password))) return { status: "failed" };
  // With two-factor login on, a right password without a fresh code is still a failed login.
  if (moderator.totpEnabledAt) {
    const code = await limitSecondFactor({
      moderatorId: moderator.id,
      lockedUntil: moderator.totpLockedUntil,
      check: () => consumeTotpCode({ moderatorId: moderator.id, code: parsed.data.code }),
    });
    if (code.status === "locked") return { status: "code-locked", until: code.until };
    if (!code.valid) return { status: "code-failed" };
  }
  return {
    status: "ok",
    moderator: { id: moderator.id, email: moderator.email, name: moderator.name, role: moderator.role, organisationId: moderator.organisationId },
  };
}

// The moderator the credentials prove, or null.
export async function authenticateModerator(input: unknown): Promise<SessionModerator | null> {
  const check = await checkModeratorLogin(input);
  return check.status === "ok" ? check.moderator : null;
}

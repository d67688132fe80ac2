import { db } from "@/lib/db";
import { consumeTotpCode } from "@/lib/totp/consume-totp-code";
import { hashPassword, verifyPassword } from "./password";
import { loginSchema } from "./schemas";

export type SessionModerator = { id: string; email: string; name: string; role: "MODERATOR" | "ADMIN" };

let dummyHash: Promise<string> | undefined;

// Unknown e-mail and wrong password take the same time, so logins cannot probe for accounts.
export async function authenticateModerator(input: unknown): Promise<SessionModerator | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const moderator = await db.moderator.findUnique({ where: { email: parsed.data.email } });
  if (!moderator || !moderator.active) {
    dummyHash ??= hashPassword("not-a-real-password");
    await verifyPassword(await dummyHash, parsed.data.password);
    return null;
  }
  if (!(await verifyPassword(moderator.passwordHash, parsed.data.password))) return null;
  // With two-factor login on, a right password without a fresh code is still a failed login.
  if (moderator.totpEnabledAt && !(await consumeTotpCode({ moderatorId: moderator.id, code: parsed.data.code }))) {
    return null;
  }
  return { id: moderator.id, email: moderator.email, name: moderator.name, role: moderator.role };
}

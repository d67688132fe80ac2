import { randomBytes } from "node:crypto";
import { canonicalAccountKey } from "@/lib/text/account-key";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import type { PrismaClient } from "@/lib/db";

export const demoAdminEmail = "admin@sakligt.local";
// A second demo account, so that one person trying the demo can play both moderators of
// colleague review: prepare as one, approve as the other.
export const demoColleagueEmail = "kollega@sakligt.local";

type DemoLogin = { email: string; password: string; id: string };

export type EnsureAdminResult =
  | { kind: "configured"; email: string; created: boolean }
  | ({ kind: "demo-created"; colleague: DemoLogin } & DemoLogin)
  | { kind: "existing" }
  | { kind: "none" };

// ADMIN_EMAIL + ADMIN_PASSWORD always win: the account is created, or reactivated as an admin
// with that password. Without them, a fresh embedded database gets a demo admin whose login is
// returned once, for the start script to print, with a second (moderator) demo login.
export async function ensureAdmin({
  db,
  email,
  password,
  allowDemo,
}: {
  db: PrismaClient;
  email?: string;
  password?: string;
  allowDemo: boolean;
}): Promise<EnsureAdminResult> {
  if (email && password) {
    const normalized = canonicalAccountKey(email);
    const passwordHash = await hashPassword(password);
    const existing = await db.moderator.findUnique({ where: { email: normalized } });
    // A start that changes the password, role or active flag ends the account's sessions, as
    // the same change on the accounts page does; a restart with the same settings keeps them.
    const changed =
      existing !== null &&
      (!existing.active || existing.role !== "ADMIN" || !(await verifyPassword(existing.passwordHash, password)));
    const upsert = () =>
      db.$transaction(async (tx) => {
        await tx.moderator.upsert({
          where: { email: normalized },
          update: { passwordHash, role: "ADMIN", active: true },
          create: { email: normalized, name: "Administratör", passwordHash, role: "ADMIN" },
        });
        if (changed) await revokeModeratorSessions(tx, { moderatorId: existing.id });
      });
    // Instances starting together may race to create the account; the loser updates it instead.
    await upsert().catch((error: unknown) => {
      if ((error as { code?: string }).code === "P2002") return upsert();
      throw error;
    });
    return { kind: "configured", email: normalized, created: !existing };
  }
  if ((await db.moderator.count()) > 0) return { kind: "existing" };
  if (!allowDemo) return { kind: "none" };
  const demoAccount = async (email: string, name: string, role: "ADMIN" | "MODERATOR"): Promise<DemoLogin> => {
    const password = randomBytes(12).toString("base64url");
    const { id } = await db.moderator.create({ data: { email, name, passwordHash: await hashPassword(password), role }, select: { id: true } });
    return { email, password, id };
  };
  const admin = await demoAccount(demoAdminEmail, "Demoadministratör", "ADMIN");
  const colleague = await demoAccount(demoColleagueEmail, "Demokollega", "MODERATOR");
  return { kind: "demo-created", ...admin, colleague };
}

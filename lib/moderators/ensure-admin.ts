import { randomBytes } from "node:crypto";
import { canonicalAccountKey } from "@/lib/auth/account-key";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import type { PrismaClient } from "@/lib/db";

export const demoAdminEmail = "admin@sakligt.local";

export type EnsureAdminResult =
  | { kind: "configured"; email: string; created: boolean }
  | { kind: "demo-created"; email: string; password: string }
  | { kind: "existing" }
  | { kind: "none" };

// ADMIN_EMAIL + ADMIN_PASSWORD always win: the account is created, or reactivated as an admin
// with that password. Without them, a fresh embedded database gets a demo admin whose login is
// returned once, for the start script to print.
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
  const demoPassword = randomBytes(12).toString("base64url");
  await db.moderator.create({
    data: {
      email: demoAdminEmail,
      name: "Demoadministratör",
      passwordHash: await hashPassword(demoPassword),
      role: "ADMIN",
    },
  });
  return { kind: "demo-created", email: demoAdminEmail, password: demoPassword };
}

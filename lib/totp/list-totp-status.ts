import { db } from "@/lib/db";
import { moderatorAccountWhere } from "@/lib/roles/moderator-roles";

// secondFactorLockedUntil: when too many wrong codes locked the account's second factor
// (lib/auth/limit-second-factor.ts), the time it opens again; null when no lock is in force.
export type AccountTotpStatus = { id: string; name: string; totpEnabled: boolean; secondFactorLockedUntil: Date | null };

// For the accounts page: who has two-factor login on, and whose is locked. Selected field by
// field, so the secret is never read here.
export async function listTotpStatus({ now = new Date() }: { now?: Date } = {}): Promise<AccountTotpStatus[]> {
  const rows = await db.moderator.findMany({
    where: { active: true, ...moderatorAccountWhere },
    select: { id: true, name: true, totpEnabledAt: true, totpLockedUntil: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    totpEnabled: row.totpEnabledAt !== null,
    secondFactorLockedUntil: row.totpEnabledAt && row.totpLockedUntil && row.totpLockedUntil > now ? row.totpLockedUntil : null,
  }));
}

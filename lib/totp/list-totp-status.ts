import { db } from "@/lib/db";

export type AccountTotpStatus = { id: string; name: string; totpEnabled: boolean };

// For the accounts page: who has two-factor login on. Selected field by field, so the secret
// is never read here.
export async function listTotpStatus(): Promise<AccountTotpStatus[]> {
  const rows = await db.moderator.findMany({
    where: { active: true },
    select: { id: true, name: true, totpEnabledAt: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({ id: row.id, name: row.name, totpEnabled: row.totpEnabledAt !== null }));
}

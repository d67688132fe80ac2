import type { PrismaClient } from "@/lib/db";
import { isSealedTotpSecret, sealTotpSecret } from "./seal-totp-secret";

// Run at start: seals the TOTP secrets stored in plain text before sealing existed, so they
// stop lying readable in the database files even for accounts that never log in. Each row is
// changed only if it still holds the plain value, so a login sealing it at the same moment wins.
export async function sealPlainTotpSecrets({ db }: { db: PrismaClient }): Promise<number> {
  const rows = await db.moderator.findMany({
    where: { OR: [{ totpSecret: { not: null } }, { totpPendingSecret: { not: null } }] },
    select: { id: true, totpSecret: true, totpPendingSecret: true },
  });
  let sealed = 0;
  for (const row of rows) {
    for (const column of ["totpSecret", "totpPendingSecret"] as const) {
      const value = row[column];
      if (!value || isSealedTotpSecret(value)) continue;
      const { count } = await db.moderator.updateMany({
        where: { id: row.id, [column]: value },
        data: { [column]: sealTotpSecret({ secret: value, moderatorId: row.id }) },
      });
      sealed += count;
    }
  }
  return sealed;
}

import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { isSealedTotpSecret, openTotpSecret, sealTotpSecret } from "./seal-totp-secret";
import { verifyTotpCode } from "./verify-totp-code";

// Checks a moderator's code and spends its time step, so the same code cannot be used twice,
// not even by two requests racing each other: the step is written only if it is newer.
export async function consumeTotpCode({
  moderatorId,
  code,
  tx = db,
}: {
  moderatorId: string;
  code: string;
  tx?: Tx | typeof db;
}): Promise<boolean> {
  const moderator = await tx.moderator.findUnique({
    where: { id: moderatorId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!moderator?.totpSecret || !moderator.totpEnabledAt) return false;
  const secret = readSecret(moderator.totpSecret, moderatorId);
  if (!secret) return false;
  const check = await verifyTotpCode({ secret, code, lastStep: moderator.totpLastStep });
  if (!check.valid) return false;
  const { count } = await tx.moderator.updateMany({
    where: { id: moderatorId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
    data: {
      totpLastStep: check.step,
      // A secret still stored in plain text (from before sealing) is sealed on its first use.
      ...(isSealedTotpSecret(moderator.totpSecret) ? {} : { totpSecret: sealTotpSecret({ secret, moderatorId }) }),
    },
  });
  return count === 1;
}

function readSecret(stored: string, moderatorId: string): string | null {
  try {
    return openTotpSecret({ stored, moderatorId });
  } catch {
    // Sealed under another AUTH_SECRET: an admin must reset this account's second factor.
    console.error("A TOTP secret could not be opened: was AUTH_SECRET changed?");
    return null;
  }
}

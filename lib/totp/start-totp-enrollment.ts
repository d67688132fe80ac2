import { generateSecret } from "otplib";
import { db } from "@/lib/db";
import { createTotpEnrollment, type TotpEnrollment } from "./create-totp-enrollment";
import { sealTotpSecret, tryOpenTotpSecret } from "./seal-totp-secret";

// The server draws the secret and keeps it, sealed, as the account's pending secret; the page
// only shows it. enableTotp() confirms this stored secret and no other, so a client cannot
// choose its own. The same pending secret is shown again on reload until it is confirmed, and
// a fresh one is drawn after two-factor login is turned off or reset. Null when already on.
export async function startTotpEnrollment({ moderatorId }: { moderatorId: string }): Promise<TotpEnrollment | null> {
  const moderator = await db.moderator.findUnique({
    where: { id: moderatorId },
    select: { email: true, totpEnabledAt: true, totpPendingSecret: true },
  });
  if (!moderator || moderator.totpEnabledAt) return null;
  const current = moderator.totpPendingSecret;
  const readable = current ? tryOpenTotpSecret({ stored: current, moderatorId }) : null;
  if (readable) return createTotpEnrollment({ accountName: moderator.email, secret: readable });

  // Two renders at once: only the first replaces what it read, and both show what is stored.
  await db.moderator.updateMany({
    where: { id: moderatorId, totpEnabledAt: null, totpPendingSecret: current },
    data: { totpPendingSecret: sealTotpSecret({ secret: generateSecret(), moderatorId }) },
  });
  const stored = await db.moderator.findUnique({ where: { id: moderatorId }, select: { totpPendingSecret: true } });
  const secret = stored?.totpPendingSecret ? tryOpenTotpSecret({ stored: stored.totpPendingSecret, moderatorId }) : null;
  return secret ? createTotpEnrollment({ accountName: moderator.email, secret }) : null;
}

import { canonicalAccountKey } from "@/lib/auth/account-key";
import { limitAccountAttempts } from "@/lib/auth/limit-account-attempts";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { tryOpenTotpSecret } from "./seal-totp-secret";
import { verifyTotpCode } from "./verify-totp-code";

export type EnableTotpResult = { ok: true } | { ok: false; error: "codeInvalid" | "alreadyEnabled" | "limited" };

// The secret the server drew for the set-up page (start-totp-enrollment.ts) counts only once the
// moderator proves their app has it, by typing a code it made. No secret is taken from the
// client. That code is then spent, like any code used to log in. Wrong codes are counted like
// failed logins of the account (lib/auth/limit-account-attempts.ts).
export async function enableTotp({ moderatorId, code }: { moderatorId: string; code: string }): Promise<EnableTotpResult> {
  const moderator = await db.moderator.findUnique({ where: { id: moderatorId }, select: { email: true, totpEnabledAt: true } });
  if (!moderator) return { ok: false, error: "codeInvalid" };
  if (moderator.totpEnabledAt) return { ok: false, error: "alreadyEnabled" };
  const outcome = await limitAccountAttempts({
    account: canonicalAccountKey(moderator.email),
    attempt: () => confirmPendingSecret({ moderatorId, code }),
    succeeded: (result) => result.ok || result.error === "alreadyEnabled",
  });
  return outcome.status === "done" ? outcome.result : { ok: false, error: "limited" };
}

function confirmPendingSecret({ moderatorId, code }: { moderatorId: string; code: string }): Promise<EnableTotpResult> {
  return db.$transaction(async (tx) => {
    const pending = await tx.moderator.findUnique({ where: { id: moderatorId }, select: { totpPendingSecret: true } });
    const sealed = pending?.totpPendingSecret;
    const secret = sealed ? tryOpenTotpSecret({ stored: sealed, moderatorId }) : null;
    const check = secret ? await verifyTotpCode({ secret, code }) : { valid: false as const };
    if (!check.valid) return { ok: false, error: "codeInvalid" } as const;
    // Moved as sealed: the same secret, bound to the same account.
    const { count } = await tx.moderator.updateMany({
      where: { id: moderatorId, totpEnabledAt: null, totpPendingSecret: sealed },
      data: { totpSecret: sealed, totpPendingSecret: null, totpEnabledAt: new Date(), totpLastStep: check.step },
    });
    if (count === 0) return { ok: false, error: "alreadyEnabled" } as const;
    // Every two-factor change ends the account's sessions (lib/auth/revoke-moderator-sessions.ts).
    await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId,
      action: "moderator.totp_enable",
      targetType: "moderator",
      targetId: moderatorId,
      after: { totpEnabled: true },
    });
    return { ok: true } as const;
  });
}

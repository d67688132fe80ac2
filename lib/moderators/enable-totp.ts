import { canonicalAccountKey } from "@/lib/text/account-key";
import { limitAccountAttempts } from "@/lib/auth/limit-account-attempts";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { tryOpenTotpSecret } from "@/lib/totp/seal-totp-secret";
import { verifyTotpCode } from "@/lib/totp/verify-totp-code";

type Attempt = { ok: true } | { ok: false; error: "codeInvalid" | "alreadyEnabled" };

// The secret the server drew for the set-up page (start-totp-enrollment.ts) counts only once the
// moderator proves their app has it, by typing a code it made. No secret is taken from the
// client. That code is then spent, like any code used to log in. Wrong codes are counted like
// failed logins of the account (lib/auth/limit-account-attempts.ts). Every refusal names the
// code field and its message under TwoFactor.errors, so the form shows it beside the field.
export async function enableTotp({ moderatorId, code }: { moderatorId: string; code: string }): Promise<void> {
  const moderator = await db.moderator.findUnique({ where: { id: moderatorId }, select: { email: true, totpEnabledAt: true } });
  if (!moderator) throw codeInvalid();
  if (moderator.totpEnabledAt) throw alreadyEnabled();
  const outcome = await limitAccountAttempts({
    account: canonicalAccountKey(moderator.email),
    attempt: () => confirmPendingSecret({ moderatorId, code }),
    succeeded: (result) => result.ok || result.error === "alreadyEnabled",
  });
  if (outcome.status !== "done") throw new AppError("RATE_LIMITED", { field: "code", key: "limited" });
  if (!outcome.result.ok) throw outcome.result.error === "alreadyEnabled" ? alreadyEnabled() : codeInvalid();
}

const codeInvalid = () => new AppError("INVALID_INPUT", { field: "code", key: "codeInvalid" });
const alreadyEnabled = () => new AppError("INVALID_STATE", { field: "code", key: "alreadyEnabled" });

function confirmPendingSecret({ moderatorId, code }: { moderatorId: string; code: string }): Promise<Attempt> {
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

import { canonicalAccountKey } from "@/lib/text/account-key";
import { limitAccountAttempts } from "@/lib/auth/limit-account-attempts";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { consumeTotpCode } from "@/lib/totp/consume-totp-code";

type Attempt = { ok: true } | { ok: false };

// A moderator turns two-factor login off with a current code, so a borrowed unlocked session
// alone cannot do it, nor guess its way there: wrong codes are counted like failed logins of
// the account (lib/auth/limit-account-attempts.ts). Not while the site requires it. Every
// refusal names the code field and its message under TwoFactor.errors.
export async function disableTotp({ moderatorId, code }: { moderatorId: string; code: string }): Promise<void> {
  if ((await getSiteSettings()).requireTotp) throw new AppError("INVALID_STATE", { field: "code", key: "required" });
  const moderator = await db.moderator.findUnique({ where: { id: moderatorId }, select: { email: true } });
  if (!moderator) throw codeInvalid();
  const outcome = await limitAccountAttempts({
    account: canonicalAccountKey(moderator.email),
    attempt: () => turnOff({ moderatorId, code }),
    succeeded: (result) => result.ok,
  });
  if (outcome.status !== "done") throw new AppError("RATE_LIMITED", { field: "code", key: "limited" });
  if (!outcome.result.ok) throw codeInvalid();
}

const codeInvalid = () => new AppError("INVALID_INPUT", { field: "code", key: "codeInvalid" });

function turnOff({ moderatorId, code }: { moderatorId: string; code: string }): Promise<Attempt> {
  return db.$transaction(async (tx) => {
    if (!(await consumeTotpCode({ moderatorId, code, tx }))) return { ok: false } as const;
    await tx.moderator.update({
      where: { id: moderatorId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null, totpLastStep: null, totpLockedUntil: null },
    });
    // Every two-factor change ends the account's sessions (lib/auth/revoke-moderator-sessions.ts).
    await revokeModeratorSessions(tx, { moderatorId });
    await writeAuditLog(tx, {
      moderatorId,
      action: "moderator.totp_disable",
      targetType: "moderator",
      targetId: moderatorId,
      before: { totpEnabled: true },
      after: { totpEnabled: false },
    });
    return { ok: true } as const;
  });
}

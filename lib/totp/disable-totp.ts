import { canonicalAccountKey } from "@/lib/auth/account-key";
import { limitAccountAttempts } from "@/lib/auth/limit-account-attempts";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { consumeTotpCode } from "./consume-totp-code";

export type DisableTotpResult = { ok: true } | { ok: false; error: "codeInvalid" | "required" | "limited" };

// A moderator turns two-factor login off with a current code, so a borrowed unlocked session
// alone cannot do it, nor guess its way there: wrong codes are counted like failed logins of
// the account (lib/auth/limit-account-attempts.ts). Not while the site requires it.
export async function disableTotp({ moderatorId, code }: { moderatorId: string; code: string }): Promise<DisableTotpResult> {
  if ((await getSiteSettings()).requireTotp) return { ok: false, error: "required" };
  const moderator = await db.moderator.findUnique({ where: { id: moderatorId }, select: { email: true } });
  if (!moderator) return { ok: false, error: "codeInvalid" };
  const outcome = await limitAccountAttempts({
    account: canonicalAccountKey(moderator.email),
    attempt: () => turnOff({ moderatorId, code }),
    succeeded: (result) => result.ok,
  });
  return outcome.status === "done" ? outcome.result : { ok: false, error: "limited" };
}

function turnOff({ moderatorId, code }: { moderatorId: string; code: string }): Promise<DisableTotpResult> {
  return db.$transaction(async (tx) => {
    if (!(await consumeTotpCode({ moderatorId, code, tx }))) return { ok: false, error: "codeInvalid" } as const;
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

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { verifyTotpCode } from "./verify-totp-code";

// The secret shown on the set-up page counts only once the moderator proves their app has it,
// by typing a code it made. That code is then spent, like any code used to log in.
export async function enableTotp({
  moderatorId,
  secret,
  code,
}: {
  moderatorId: string;
  secret: string;
  code: string;
}): Promise<{ ok: true } | { ok: false; error: "codeInvalid" | "alreadyEnabled" }> {
  const check = await verifyTotpCode({ secret, code });
  if (!check.valid) return { ok: false, error: "codeInvalid" };
  return db.$transaction(async (tx) => {
    const { count } = await tx.moderator.updateMany({
      where: { id: moderatorId, totpEnabledAt: null },
      data: { totpSecret: secret, totpEnabledAt: new Date(), totpLastStep: check.step },
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

import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { revokeModeratorSessions } from "@/lib/auth/revoke-moderator-sessions";
import { db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { consumeTotpCode } from "./consume-totp-code";

// A moderator turns two-factor login off with a current code, so a borrowed unlocked session
// alone cannot do it. Not while the site requires it.
export async function disableTotp({
  moderatorId,
  code,
}: {
  moderatorId: string;
  code: string;
}): Promise<{ ok: true } | { ok: false; error: "codeInvalid" | "required" }> {
  if ((await getSiteSettings()).requireTotp) return { ok: false, error: "required" };
  return db.$transaction(async (tx) => {
    if (!(await consumeTotpCode({ moderatorId, code, tx }))) return { ok: false, error: "codeInvalid" } as const;
    await tx.moderator.update({
      where: { id: moderatorId },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
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

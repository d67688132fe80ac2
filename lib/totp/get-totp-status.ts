import { db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/get-site-settings";

export type TotpStatus = { enabledAt: Date | null; required: boolean };

// Whether a moderator has the second factor, and whether the site requires it; never the secret.
export async function getTotpStatus({ moderatorId }: { moderatorId: string }): Promise<TotpStatus> {
  const [moderator, settings] = await Promise.all([
    db.moderator.findUnique({ where: { id: moderatorId }, select: { totpEnabledAt: true } }),
    getSiteSettings(),
  ]);
  return { enabledAt: moderator?.totpEnabledAt ?? null, required: settings.requireTotp };
}

import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

export type SiteSettings = {
  requireTotp: boolean;
  colleagueReview: boolean;
  claimMinutes: number;
  replyOpening: string;
  replyClosing: string;
  factStaleMonths: number;
};

// The defaults, as in prisma/schema.prisma: what holds until an admin first changes a setting.
export const defaultSiteSettings: SiteSettings = {
  requireTotp: false,
  colleagueReview: true,
  claimMinutes: 30,
  replyOpening: "",
  replyClosing: "",
  factStaleMonths: 12,
};

const select = {
  requireTotp: true,
  colleagueReview: true,
  claimMinutes: true,
  replyOpening: true,
  replyClosing: true,
  factStaleMonths: true,
} as const;

// One row (id 1), created the first time an admin changes a setting; until then, the defaults.
// Pass the transaction when the setting decides what the transaction may do.
export async function getSiteSettings(tx: Tx = db): Promise<SiteSettings> {
  const row = await tx.siteSetting.findUnique({ where: { id: 1 }, select });
  return row ?? defaultSiteSettings;
}

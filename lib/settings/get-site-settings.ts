import { db } from "@/lib/db";

export type SiteSettings = { requireTotp: boolean };

// One row (id 1), created the first time an admin changes a setting; until then, the defaults.
export async function getSiteSettings(): Promise<SiteSettings> {
  const row = await db.siteSetting.findUnique({ where: { id: 1 }, select: { requireTotp: true } });
  return { requireTotp: row?.requireTotp ?? false };
}

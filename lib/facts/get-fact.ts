import { db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { isFactStale } from "./fact-staleness";

// One fact for its admin page, with its recent value changes (newest first).
export async function getFact({ factId, now = new Date() }: { factId: string; now?: Date }) {
  const [{ factStaleMonths }, fact] = await Promise.all([
    getSiteSettings(),
    db.fact.findUnique({
      where: { id: factId },
      select: {
        id: true,
        key: true,
        label: true,
        value: true,
        labelFi: true,
        valueFi: true,
        labelEn: true,
        valueEn: true,
        sourceUrl: true,
        owner: true,
        verifiedAt: true,
        changes: {
          select: { id: true, oldValue: true, newValue: true, changedAt: true, moderator: { select: { name: true } } },
          orderBy: { changedAt: "desc" },
          take: 10,
        },
      },
    }),
  ]);
  return fact ? { ...fact, stale: isFactStale(fact.verifiedAt, factStaleMonths, now) } : null;
}

export type FactForEdit = NonNullable<Awaited<ReturnType<typeof getFact>>>;

import { db } from "@/lib/db";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import type { FactValues } from "@/lib/templates/render-template";
import { isFactStale, staleLimit } from "./fact-staleness";

const listSelect = { id: true, key: true, label: true, value: true, sourceUrl: true, owner: true, verifiedAt: true } as const;

export type FactListItem = { id: string; key: string; label: string; value: string; sourceUrl: string; owner: string; verifiedAt: Date; stale: boolean };
export type StaleFact = { id: string; key: string; label: string; verifiedAt: Date };

export async function listFacts(now: Date = new Date()): Promise<FactListItem[]> {
  const [{ factStaleMonths }, facts] = await Promise.all([getSiteSettings(), db.fact.findMany({ select: listSelect, orderBy: { label: "asc" } })]);
  return facts.map((fact) => ({ ...fact, stale: isFactStale(fact.verifiedAt, factStaleMonths, now) }));
}

// The facts whose last verification is older than the configured period, oldest first: the
// queue header, the review page and the template editor show them (components/facts/).
// `keys` narrows the list to the facts a text quotes.
export async function listStaleFacts({ now = new Date(), keys }: { now?: Date; keys?: string[] } = {}): Promise<StaleFact[]> {
  const { factStaleMonths } = await getSiteSettings();
  return db.fact.findMany({
    where: { verifiedAt: { lt: staleLimit(factStaleMonths, now) }, ...(keys ? { key: { in: keys } } : {}) },
    select: { id: true, key: true, label: true, verifiedAt: true },
    orderBy: [{ verifiedAt: "asc" }, { key: "asc" }],
  });
}

// Every fact's current value by key, for filling {{fakta:key}} in the reply composer.
export async function getFactValues(): Promise<FactValues> {
  const facts = await db.fact.findMany({ select: { key: true, value: true } });
  return Object.fromEntries(facts.map((fact) => [fact.key, fact.value]));
}

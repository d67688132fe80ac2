import { db } from "@/lib/db";
import type { Locale } from "@/lib/locales";
import { guideFactKeys } from "./guide-routes";
import { type GuideFact, localizeFact } from "./localize-fact";

// The facts the guide shows, by key, in the page's language. A key no fact has is missing from
// the answer, and the page leaves that line out.
export async function listGuideFacts({ locale }: { locale: Locale }): Promise<Record<string, GuideFact>> {
  const facts = await db.fact.findMany({
    where: { key: { in: [...guideFactKeys] } },
    select: { key: true, label: true, value: true, labelFi: true, labelEn: true, valueFi: true, valueEn: true },
  });
  return Object.fromEntries(facts.map((fact) => [fact.key, localizeFact(fact, locale)]));
}

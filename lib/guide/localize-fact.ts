import type { Locale } from "@/lib/locales";

export type StoredFact = { key: string; label: string; value: string; labelFi: string; labelEn: string; valueFi: string; valueEn: string };
export type GuideFact = { key: string; label: string; value: string };

// A fact in the page's language. An empty translation falls back to Swedish, field by field: a
// number or an address is the same in every language and is written once, in Swedish.
export function localizeFact(fact: StoredFact, locale: Locale): GuideFact {
  const [label, value] = locale === "fi" ? [fact.labelFi, fact.valueFi] : locale === "en" ? [fact.labelEn, fact.valueEn] : ["", ""];
  return { key: fact.key, label: label.trim() || fact.label, value: value.trim() || fact.value };
}

import type { ReplacementCounts } from "./redact-for-storage";
import type { Finding, FindingKind } from "./types";

// The order markers are shown in: most identifying first, the same order as the detector's.
export const FINDING_KIND_ORDER: readonly FindingKind[] = [
  "personnummer", "samordningsnummer", "email", "phone", "case-number", "address", "postcode", "date", "name",
];

export function countFindings(findings: Finding[]): ReplacementCounts {
  const counts: ReplacementCounts = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}

// Story.autoReplacements is a Json column; anything that is not a positive count of a known
// kind is ignored, so an old or hand-edited row can never break the queue.
export function readReplacementCounts(value: unknown): ReplacementCounts {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  const counts: ReplacementCounts = {};
  for (const kind of FINDING_KIND_ORDER) {
    const n = (value as Record<string, unknown>)[kind];
    if (typeof n === "number" && Number.isInteger(n) && n > 0) counts[kind] = n;
  }
  return counts;
}

// [kind, count] pairs in display order, leaving out kinds with no findings.
export function orderedCounts(counts: ReplacementCounts): [FindingKind, number][] {
  return FINDING_KIND_ORDER.filter((kind) => (counts[kind] ?? 0) > 0).map((kind) => [kind, counts[kind]!]);
}

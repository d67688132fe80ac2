import { applyReplacements } from "./apply-replacements";
import { detectPersonalData } from "./detect-personal-data";
import { stripInvisibleCharacters } from "./strip-invisible-characters";
import type { FindingKind } from "./types";

// The kinds that identify a person on their own and are never useful to a reader, so the
// server replaces them before anything is stored or could reach a log. Everything else the
// detector finds is only a suggestion: a date or a name can be part of what the story is about.
export const STORAGE_REDACTED_KINDS: readonly FindingKind[] = ["personnummer", "samordningsnummer", "email", "phone"];

export type ReplacementCounts = Partial<Record<FindingKind, number>>;

// Invisible characters go first: stored text never carries them (strip-invisible-characters.ts),
// whichever path it came by.
export function redactForStorage(input: string): { text: string; replacements: ReplacementCounts } {
  const text = stripInvisibleCharacters(input);
  const findings = detectPersonalData(text).filter((finding) => STORAGE_REDACTED_KINDS.includes(finding.kind));
  const replacements: ReplacementCounts = {};
  for (const finding of findings) replacements[finding.kind] = (replacements[finding.kind] ?? 0) + 1;
  return { text: applyReplacements(text, findings), replacements };
}

// Title and body are redacted separately (a finding never spans them) but counted together,
// which is what Story.autoReplacements records.
export function addReplacementCounts(...counts: ReplacementCounts[]): ReplacementCounts {
  const total: ReplacementCounts = {};
  for (const count of counts) {
    for (const [kind, n] of Object.entries(count) as [FindingKind, number][]) total[kind] = (total[kind] ?? 0) + n;
  }
  return total;
}

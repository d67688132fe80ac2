import { applyReplacements } from "./apply-replacements";
import { detectPersonalData } from "./detect-personal-data";
import { stripInvisibleCharacters } from "./strip-invisible-characters";
import { STORAGE_REDACTED_KINDS } from "./storage-redacted-kinds";
import type { FindingKind } from "./types";

export { STORAGE_REDACTED_KINDS };

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

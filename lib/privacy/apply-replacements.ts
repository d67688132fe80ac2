import type { Finding } from "./types";

// Replacing from the end backwards keeps the earlier findings' offsets valid while the
// string changes length. Overlapping findings are skipped rather than corrupting the text.
export function applyReplacements(text: string, findings: Finding[]): string {
  const ordered = [...findings].sort((a, b) => b.start - a.start);
  let result = text;
  let limit = text.length;
  for (const finding of ordered) {
    if (finding.end > limit || finding.start < 0 || finding.start > finding.end) continue;
    result = result.slice(0, finding.start) + finding.replacement + result.slice(finding.end);
    limit = finding.start;
  }
  return result;
}

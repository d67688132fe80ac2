"use client";

import { useCallback, useEffect, useState } from "react";
import { suggestReplacements } from "@/lib/privacy/suggest-replacements";
import type { Finding } from "@/lib/privacy/types";

export const FINDINGS_DELAY_MS = 300;

type Checked = { text: string; findings: Finding[] };

// Runs the detector once typing pauses, not on every key: the list would otherwise jump while
// the author writes. `checkNow` skips the wait after a replacement, so focus can move at once.
export function useDebouncedFindings(text: string): { checked: Checked; checkNow: (text: string) => void } {
  const [checked, setChecked] = useState<Checked>({ text: "", findings: [] });
  useEffect(() => {
    if (text === checked.text) return;
    const timer = setTimeout(() => setChecked({ text, findings: suggestReplacements(text) }), FINDINGS_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, checked.text]);
  const checkNow = useCallback((next: string) => setChecked({ text: next, findings: suggestReplacements(next) }), []);
  return { checked, checkNow };
}

// The finding to replace in the text as it is now. The list may be up to one delay behind the
// field; if the text has moved, the same kind and text nearest the old place is used.
export function locateFinding(current: string, finding: Finding): Finding | null {
  if (current.slice(finding.start, finding.end) === finding.text) return finding;
  const candidates = suggestReplacements(current).filter((f) => f.kind === finding.kind && f.text === finding.text);
  candidates.sort((a, b) => Math.abs(a.start - finding.start) - Math.abs(b.start - finding.start));
  return candidates[0] ?? null;
}

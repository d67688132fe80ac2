import type { Finding } from "@/lib/privacy/types";

const CONTEXT = 40;

// A few words either side of a finding, cut at spaces, so the author recognises the place
// without the whole paragraph being repeated under the field.
export function excerptAround(text: string, finding: Finding): { before: string; marked: string; after: string } {
  let from = Math.max(0, finding.start - CONTEXT);
  let to = Math.min(text.length, finding.end + CONTEXT);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < finding.start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    if (space >= finding.end) to = space;
  }
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, finding.start).replace(/\s+/g, " "),
    marked: text.slice(finding.start, finding.end),
    after: text.slice(finding.end, to).replace(/\s+/g, " ") + (to < text.length ? "…" : ""),
  };
}

import { detectPersonalData } from "@/lib/privacy/detect-personal-data";
import type { Finding } from "@/lib/privacy/types";

// An answer is public text under an authority's name about a person who told their story. It
// names no one: not the author, not a staff member, not a third party, and carries no number or
// address that could point at someone. So where a story's findings are suggestions (and the
// server replaces only the numbers), an answer's findings are refused, in the browser and on the
// server alike. Dates stay: "sedan den 1 mars har vi ändrat rutinen" is what a change mark is
// about, and a day alone does not name anyone. The organisation's own contact address is shown
// beside every answer, so an answer needs no phone number or address of its own.
export function refusedFindings(text: string): Finding[] {
  return detectPersonalData(text).filter((finding) => finding.kind !== "date");
}

export function namesNoOne(text: string): boolean {
  return refusedFindings(text).length === 0;
}

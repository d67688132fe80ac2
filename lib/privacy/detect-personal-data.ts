import { findAddresses } from "./find-addresses";
import { findCaseNumbers } from "./find-case-numbers";
import { findDates } from "./find-dates";
import { findEmailAddresses } from "./find-email-addresses";
import { findIdentityNumbers } from "./find-identity-numbers";
import { findNames } from "./find-names";
import { findPhoneNumbers } from "./find-phone-numbers";
import { findPostcodes } from "./find-postcodes";
import { normalizeForDetection } from "./normalize-for-detection";
import type { Finding, FindingKind } from "./types";

// When two findings cover the same span equally long, the kind that identifies a person more
// surely wins: a personnummer that also looks like a date is reported as a personnummer.
const PRIORITY: FindingKind[] = [
  "personnummer", "samordningsnummer", "email", "phone", "case-number", "address", "postcode",
  "date", "name",
];

function beats(a: Finding, b: Finding): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA > lengthB;
  return PRIORITY.indexOf(a.kind) < PRIORITY.indexOf(b.kind);
}

// Pure and synchronous with no Node APIs, so the same code runs in the author's browser, in
// the server action and in the moderator's view. The finders read a normalised copy (no
// invisible characters, NFKC, one kind of dash and space); every finding is then given the
// author's own offsets and text, so a replacement hits exactly the characters they typed.
export function detectPersonalData(text: string): Finding[] {
  const normalized = normalizeForDetection(text);
  const found = detectInNormalizedText(normalized.text);
  if (normalized.text === text) return found;
  const mapped: Finding[] = [];
  for (const finding of found) {
    const { start, end } = normalized.toOriginal(finding.start, finding.end);
    // Two findings inside one expanded character ("½" → "1⁄2") would share its span.
    if (mapped.length > 0 && start < mapped[mapped.length - 1].end) continue;
    mapped.push({ ...finding, start, end, text: text.slice(start, end) });
  }
  return mapped;
}

function detectInNormalizedText(text: string): Finding[] {
  const all = [
    ...findIdentityNumbers(text),
    ...findEmailAddresses(text),
    ...findPhoneNumbers(text),
    ...findCaseNumbers(text),
    ...findAddresses(text),
    ...findPostcodes(text),
    ...findDates(text),
    ...findNames(text),
  ];
  // Strongest first, then accept each finding that does not overlap one already accepted.
  all.sort((a, b) => (beats(a, b) ? -1 : beats(b, a) ? 1 : a.start - b.start));
  const accepted: Finding[] = [];
  for (const finding of all) {
    const index = firstEndingAfter(accepted, finding.start);
    const neighbour = accepted[index];
    if (neighbour && neighbour.start < finding.end) continue;
    accepted.splice(index, 0, finding);
  }
  return accepted;
}

// Accepted findings are disjoint and kept sorted, so a binary search finds the only one that
// could overlap, and long texts with many findings stay fast.
function firstEndingAfter(sorted: Finding[], position: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle].end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

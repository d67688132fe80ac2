import type { Finding } from "./types";

// Endings that make a word a street name. "plan", "väg" and "gata" are only trusted on a
// capitalised word ("Medborgarplan 3"), because "vårdplan 2" and "en väg 3" are ordinary prose.
const STREET_SUFFIXES = [
  "gatan", "vägen", "gränd", "gränden", "torget", "torg", "backen", "backe", "stigen", "allén",
  "allé", "leden", "kajen", "esplanaden", "promenaden", "stråket", "slingan", "platsen",
  "plan", "planen", "väg", "gata",
  // Nature words that housing areas use as street names: "Skogsbrynet 12", "Bergsliden 9".
  "liden", "brynet", "höjden", "hagen", "ängen", "kroken", "udden",
];
const WEAK_SUFFIXES = new Set([
  "plan", "planen", "väg", "gata", "torg", "backe", "platsen",
  "liden", "brynet", "höjden", "hagen", "ängen", "kroken", "udden",
]);
// "Tumba torg 5", "Sergels torg 12", "Karl Johans väg 7": a bare street word after a proper
// noun in mid-sentence is a street name, even without "Södra" in front.
const NAMED_BARE = new Set(["torg", "väg", "gata", "gränd", "allé"]);
const DIRECTION = /^(?:norra|södra|östra|västra|stora|lilla|gamla|nya|övre|nedre)$/i;
// A number followed by one of these is a quantity, not a house number: "vägen 3 timmar".
const QUANTITY =
  /^\s*(?:%|§|(?:kr|kronor|sek|år|dagar|dag|veckor|vecka|månader|timmar|timme|minuter|min|gånger|km|mil|meter|st|barn|kap)(?!\p{L}))/iu;

// Word, optional second word, house number, optional letter and optional flat number.
// Each part is a bounded run of one character class, so a failed attempt is cheap. A match may
// not start after a hyphen: otherwise "a-a-a-…" is rescanned from every letter, in quadratic time.
const CANDIDATE =
  /(?<![\p{L}\d-])(?:(\p{L}+)\s+)?(\p{L}[\p{L}-]*)\s+(\d{1,4})(?:(?:[A-Za-z]|\s[A-Z])(?![\p{L}\d]))?(?:,?\s+(?:lgh|lägenhet)\.?\s*\d{3,4})?(?![\d])/gu;

function streetSuffix(word: string): string | undefined {
  const lower = word.toLowerCase();
  return STREET_SUFFIXES.find((suffix) => lower.endsWith(suffix));
}

function isCapitalised(word: string): boolean {
  return word[0] !== word[0].toLowerCase();
}

export function findAddresses(text: string): Finding[] {
  const findings: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CANDIDATE.exec(text))) {
    const [whole, before, street, houseNumber] = match;
    const suffix = streetSuffix(street);
    const after = text.slice(match.index + whole.length, match.index + whole.length + 12);
    // Let the next attempt start at the second word, which might itself begin an address.
    if (!suffix || QUANTITY.test(after) || Number(houseNumber) === 0 || houseNumber.length > 3) {
      if (before) CANDIDATE.lastIndex = match.index + before.length + 1;
      continue;
    }
    const bare = street.length === suffix.length;
    const withDirection = before !== undefined && DIRECTION.test(before) && isCapitalised(before);
    const afterProperNoun =
      before !== undefined && isCapitalised(before) && NAMED_BARE.has(suffix) && !/(?:^|[.!?]\s*)$/.test(text.slice(0, match.index));
    // A bare "vägen 3" needs "Södra" in front; otherwise it is "hela vägen 3 …" prose.
    if (bare && !withDirection && !afterProperNoun) continue;
    if (WEAK_SUFFIXES.has(suffix) && !isCapitalised(withDirection || (bare && afterProperNoun) ? before : street)) continue;
    const startOffset = withDirection || (bare && afterProperNoun) ? 0 : whole.indexOf(street, before ? before.length : 0);
    const start = match.index + startOffset;
    const end = match.index + whole.length;
    findings.push({
      kind: "address",
      start,
      end,
      text: text.slice(start, end),
      replacement: "[adress]",
    });
  }
  return findings;
}

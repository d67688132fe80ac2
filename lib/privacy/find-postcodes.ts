import type { Finding } from "./types";

// Swedish postcodes are five digits, written "123 45" or "12345", never starting with 0,
// sometimes prefixed "SE-". Only a postcode followed by a capitalised town is reported, which
// keeps "12345 kronor" and bare reference numbers out.
const CANDIDATE =
  /(?<![\p{L}\d-])(?:SE-?\s?)?[1-9]\d{2}\s?\d{2}\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
const NOT_TOWNS = new Set([
  "Kronor", "Kr", "Sek", "Jag", "Det", "Den", "Och", "Men", "Han", "Hon", "Vi", "De", "Dom",
  "Vad", "Som", "Efter", "Innan", "Sedan", "Nu", "Då", "Hur", "När", "Var", "Barn",
]);

export function findPostcodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const town = match[1];
    if (NOT_TOWNS.has(town.split(/[ -]/)[0])) continue;
    findings.push({
      kind: "postcode",
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      replacement: "[postnummer och ort]",
    });
  }
  return findings;
}

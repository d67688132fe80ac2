import type { Finding } from "./types";

// A case number is only recognisable by the word in front of it; the number itself looks like
// a year, an amount or a date. The finding covers the keyword too, so "mitt ärendenummer 98765"
// becomes "mitt [diarienummer]" rather than "mitt ärendenummer [diarienummer]".
const KEYWORD =
  "(?:dnr|dnr\\.|diarie(?:nummer|nr|nr\\.)|ärende(?:nummer|nr|nr\\.)|ärende[ -]?nr\\.?|ärende nummer|referensnummer|ref\\.?\\s?nr\\.?|aktnummer|akt nr\\.?)";
// An optional series prefix ("SN", "SOC", "IFO") and then digits joined by - / : or .
const NUMBER = "(?:\\p{Lu}{1,5}[ -]?)?\\d+(?:[-/:.]\\d+){0,5}";
const WITH_KEYWORD = new RegExp(`(?<![\\p{L}])${KEYWORD}[\\s:,]*${NUMBER}(?![\\d])`, "giu");
// Without a keyword, only the registry shape "SN 2022/1836", "IFO-2018-0696" or "2022/975" is
// distinctive enough: a series prefix in capitals, or a year and a serial after a slash.
const BARE = /(?<![\p{L}\d/-])(?:\p{Lu}{2,5}[ -](?:19|20)\d{2}[/-]\d{2,6}|(?:19|20)\d{2}\/\d{3,6})(?![\d/]|-\d)/gu;

export function findCaseNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of [...text.matchAll(WITH_KEYWORD), ...text.matchAll(BARE)]) {
    let whole = match[0];
    // "Dnr 2023-1234." must not swallow the full stop that ends the sentence.
    whole = whole.replace(/[.:/,-]+$/, "");
    findings.push({
      kind: "case-number",
      start: match.index,
      end: match.index + whole.length,
      text: whole,
      replacement: "[diarienummer]",
    });
  }
  return findings;
}

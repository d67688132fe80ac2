import type { Finding } from "./types";

// A case number is only recognisable by the word in front of it; the number itself looks like
// a year, an amount or a date. The finding covers the keyword too, so "mitt ärendenummer 98765"
// becomes "mitt [diarienummer]" rather than "mitt ärendenummer [diarienummer]".
// Courts number their cases too: "mål nr 1234-24" from förvaltningsrätten names one family.
const KEYWORD =
  "(?:dnr|dnr\\.|diarie(?:nummer|nr|nr\\.)|ärende(?:nummer|nr|nr\\.)|ärende[ -]?nr\\.?|ärende nummer|referensnummer|ref\\.?\\s?nr\\.?|aktnummer|akt nr\\.?|mål(?:nummer|nr\\.?)|mål nr\\.?)";
// An optional series prefix ("SN", "SOC", "IFO", "SOCN/") and then digits joined by - / : or .
const NUMBER = "(?:\\p{Lu}{1,5}[ /-]?)?\\d+(?:[-/:.]\\d+){0,5}";
const WITH_KEYWORD = new RegExp(`(?<![\\p{L}])${KEYWORD}[\\s:,]*${NUMBER}(?![\\d])`, "giu");
// Without a keyword, only the registry shape "SN 2022/1836", "IFO-2018-0696" or "2022/975" is
// distinctive enough: a series prefix in capitals, or a year and a serial after a slash.
// A filing-plan code before the serial ("3.5.1-07735/2024", used by IVO and many councils) is
// just as distinctive: two dots and a dash do not occur in times, dates, amounts or laws.
const BARE =
  /(?<![\p{L}\d/.-])(?:\p{Lu}{2,5}[ -](?:19|20)\d{2}[/-]\d{2,6}|(?:19|20)\d{2}\/\d{3,6}|\d{1,2}(?:\.\d{1,2}){2,3}-\d{2,6}(?:[-/]\d{2,6})?)(?![\d/]|-\d)/gu;
// "2022/2023" and "1999/2000" are a school or financial year, not a case.
const YEAR_SPAN = /^(?:19|20)(\d{2})\/(?:19|20)(\d{2})$/;

function isYearSpan(candidate: string): boolean {
  const span = YEAR_SPAN.exec(candidate);
  return span !== null && (Number(span[1]) + 1) % 100 === Number(span[2]);
}

export function findCaseNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  const bare = [...text.matchAll(BARE)].filter((match) => !isYearSpan(match[0]));
  for (const match of [...text.matchAll(WITH_KEYWORD), ...bare]) {
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

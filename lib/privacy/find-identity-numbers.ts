import { luhnValid } from "./luhn";
import type { Finding } from "./types";

// YYMMDD or YYYYMMDD, then "-", "+" (age 100+), a space or nothing, then four digits. Single
// spaces may also split the number into its pairs ("19 12 12 12 - 12 12", "1212 12-12 12"),
// as someone writes it to get past a filter or reads it out from a letter. Only pair boundaries
// count: phone numbers come in groups of three ("070 123 45 67") and so never line up.
// The lookarounds keep us from cutting a personnummer out of a longer digit run.
const CANDIDATE = /(?<![\d+])((?:(?:18|19|20) ?)?\d{2} ?\d{2} ?\d{2})( ?[-+] ?| ?)(\d{2} ?\d{2})(?!\d)/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function findIdentityNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, datePart, separator, serialPart] = match;
    const date = datePart.replace(/ /g, "");
    const serial = serialPart.replace(/ /g, "");
    const year = date.slice(0, -4);
    const month = date.slice(-4, -2);
    const day = date.slice(-2);
    // A bare ten-digit run starting 07 is far more often a mobile number than a child born
    // in 2007 written without a dash; the phone detector reports it instead. The same holds
    // when it is spaced in pairs ("0701 23 45 67") with no dash or plus.
    const spacedInside = / /.test(datePart + serialPart);
    if (year.length === 2 && whole.startsWith("07") && !/[-+]/.test(separator) && (separator === "" || spacedInside)) continue;
    const monthNumber = Number(month);
    let dayNumber = Number(day);
    if (monthNumber < 1 || monthNumber > 12) continue;
    const coordination = dayNumber > 60;
    if (coordination) dayNumber -= 60;
    if (dayNumber < 1 || dayNumber > DAYS_IN_MONTH[monthNumber - 1]) continue;
    // Luhn runs over the ten-digit form, so the century of a twelve-digit number is ignored.
    if (!luhnValid(year.slice(-2) + month + day + serial)) continue;
    const start = match.index;
    findings.push({
      kind: coordination ? "samordningsnummer" : "personnummer",
      start,
      end: start + whole.length,
      text: whole,
      replacement: coordination ? "[samordningsnummer]" : "[personnummer]",
    });
  }
  return findings;
}

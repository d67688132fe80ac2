import { luhnValid } from "./luhn";
import type { Finding } from "./types";

// YYMMDD or YYYYMMDD, then "-", "+" (age 100+), a space or nothing, then four digits.
// The lookarounds keep us from cutting a personnummer out of a longer digit run.
const CANDIDATE = /(?<![\d+])((?:18|19|20)?\d{2})(\d{2})(\d{2})([-+ ]?)(\d{4})(?![\d])/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function findIdentityNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, year, month, day, separator, serial] = match;
    // A bare ten-digit run starting 07 is far more often a mobile number than a child born
    // in 2007 written without a dash; the phone detector reports it instead.
    if (separator === "" && year.length === 2 && whole.startsWith("07")) continue;
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

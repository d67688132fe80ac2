import { hasIdentityCue } from "./identity-number-cues";
import type { Finding } from "./types";

// The Finnish personal identity code (henkilötunnus): DDMMYY, a century sign, a three-digit
// individual number and a check character. Finns living in Sweden write it as readily as a
// personnummer, and it gives a person away just as surely, so it is reported as one.
// Century signs: "+" 1800s; "-" and, since 2023, Y X W V U for the 1900s; A and, since 2023,
// B C D E F for the 2000s. The check character is the nine digits modulo 31, read in
// CHECK_CHARACTERS.
const CODE = /(?<![\p{L}\d+-])(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])(?![\p{L}\d])/giu;
const CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

function centuryOf(sign: string): number {
  if (sign === "+") return 1800;
  if (sign === "-" || "YXWVU".includes(sign)) return 1900;
  return 2000;
}

function validDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function findFinnishIdentityCodes(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CODE)) {
    const [whole, dd, mm, yy, rawSign, individual, rawCheck] = match;
    const sign = rawSign.toUpperCase();
    if (!validDate(Number(dd), Number(mm), centuryOf(sign) + Number(yy))) continue;
    const checkValid = CHECK_CHARACTERS[Number(dd + mm + yy + individual) % 31] === rawCheck.toUpperCase();
    // As with a personnummer, a wrong check character is still the person's code when the text
    // says it is one.
    if (!checkValid && !hasIdentityCue(text, match.index, match.index + whole.length)) continue;
    findings.push({ kind: "personnummer", start: match.index, end: match.index + whole.length, text: whole, replacement: "[personnummer]" });
  }
  return findings;
}

import { findFinnishIdentityCodes } from "./find-finnish-identity-codes";
import { hasIdentityCue } from "./identity-number-cues";
import { luhnValid } from "./luhn";
import type { Finding } from "./types";

// Horizontal white space, and a gap that may also hold one line break: a textarea sends "\r\n".
const H = "[ \\t]";
const GAP = `${H}*(?:\\r?\\n${H}*)?`;
// Between date and serial: "-", "+" (age 100+) or "/", with white space or a line break around
// it, or white space alone, or nothing ("121212-1212", "121212\n-1212", "121212/1212").
const SERIAL_SEPARATOR = `(${GAP}[-+/]${GAP}|${GAP})`;

// Three ways of writing the number, each checked the same way below (date, then Luhn):
//   - PAIRS: YYMMDD or YYYYMMDD, then the serial. White space may also split the number into
//     its pairs ("19 12 12 12 - 12 12", "1212 12-12 12"), as someone writes it to get past a
//     filter or reads it out from a letter. Only pair boundaries count: phone numbers come in
//     groups of three ("070 123 45 67") and amounts in thousands ("1 212 121 212 kr"), so neither
//     lines up.
//   - DATED: the date written as a date ("1912-12-12-1212", "12.12.12-1212", "12/12/12-1212"),
//     one separator throughout. A "-", "+" or "/" must come before the serial: "2024-12-12 1215"
//     is a date and a time, "12.12.12.1212" a version.
//   - SPACED: every digit apart ("1 9 1 2 1 2 1 2 1 2 1 2"), which no date, amount or phone
//     number does.
// The lookarounds keep us from cutting a personnummer out of a longer run of digits, or out of
// a date range ("2019-05-01-2019-06-01").
const PAIRS = new RegExp(`(?<![\\d+])((?:(?:18|19|20)${H}?)?\\d{2}${H}?\\d{2}${H}?\\d{2})${SERIAL_SEPARATOR}(\\d{2}${H}?\\d{2})(?!\\d)`, "g");
const DATED = new RegExp(
  `(?<![\\d+])(?<!\\d[-./,])((?:18|19|20)?\\d{2}([-./])\\d{2}\\2\\d{2})(${GAP}[-+/]${GAP})(\\d{4})(?!\\d|[-./,]\\d)`,
  "g",
);
const SPACED = new RegExp(
  `(?<![\\d+])(?<!\\d${H}{1,2})(\\d(?:${H}{1,2}\\d){5}(?:(?:${H}{1,2}\\d){2})?)${SERIAL_SEPARATOR}(\\d(?:${H}{1,2}\\d){3})(?!${H}{0,2}\\d)`,
  "g",
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

type Candidate = { start: number; whole: string; date: string; separator: string; serial: string; spacedInside: boolean };

// "2023-05-06–2024" is a period from a day to a later year, and one in ten of them passes Luhn.
// A serial is such a year in well under one number in a hundred, so those few numbers are not
// reported in this one written form; every other form still finds them.
function endsAPeriod(date: string, serial: string): boolean {
  if (date.length !== 8 || !/^(?:19|20)\d{2}$/.test(serial)) return false;
  const years = Number(serial) - Number(date.slice(0, 4));
  return years >= 0 && years <= 30;
}

function* candidates(text: string): Generator<Candidate> {
  for (const match of text.matchAll(PAIRS)) {
    const [whole, datePart, separator, serialPart] = match;
    const spacedInside = /\s/.test(datePart + serialPart);
    yield { start: match.index, whole, date: datePart.replace(/\s/g, ""), separator, serial: serialPart.replace(/\s/g, ""), spacedInside };
  }
  for (const match of text.matchAll(DATED)) {
    const [whole, datePart, , separator, serial] = match;
    const date = datePart.replace(/\D/g, "");
    if (endsAPeriod(date, serial)) continue;
    yield { start: match.index, whole, date, separator, serial, spacedInside: false };
  }
  for (const match of text.matchAll(SPACED)) {
    const [whole, datePart, separator, serialPart] = match;
    yield { start: match.index, whole, date: datePart.replace(/\s/g, ""), separator, serial: serialPart.replace(/\s/g, ""), spacedInside: true };
  }
}

// Every written form holds at least ten digits; most sentences hold none, and counting them is
// far cheaper than running three patterns over the text.
function hasTenDigits(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && ++digits === 10) return true;
  }
  return false;
}

export function findIdentityNumbers(text: string): Finding[] {
  const swedish = findSwedishIdentityNumbers(text);
  // A Finnish code has nine digits and may end in a letter. "010872-3214" reads both ways (a
  // samordningsnummer, or a Finnish code for 1 August 1972); the Swedish reading, checked first,
  // keeps it.
  if (!/\d{6}[-+A-FU-Y]\d{3}/iu.test(text)) return swedish;
  const finnish = findFinnishIdentityCodes(text).filter((f) => !swedish.some((s) => s.start < f.end && f.start < s.end));
  return [...swedish, ...finnish];
}

function findSwedishIdentityNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!hasTenDigits(text)) return findings;
  for (const { start, whole, date, separator, serial, spacedInside } of candidates(text)) {
    const year = date.slice(0, -4);
    const month = date.slice(-4, -2);
    const day = date.slice(-2);
    // A bare ten-digit run starting 07 is far more often a mobile number than a child born
    // in 2007 written without a dash; the phone detector reports it instead. The same holds
    // when it is spaced ("0701 23 45 67") with no dash, plus or slash.
    const marked = /[-+/]/.test(separator);
    if (year.length === 2 && date.startsWith("07") && !marked && (separator === "" || spacedInside)) continue;
    const monthNumber = Number(month);
    let dayNumber = Number(day);
    if (monthNumber < 1 || monthNumber > 12) continue;
    const coordination = dayNumber > 60;
    if (coordination) dayNumber -= 60;
    if (dayNumber < 1 || dayNumber > DAYS_IN_MONTH[monthNumber - 1]) continue;
    // Luhn runs over the ten-digit form, so the century of a twelve-digit number is ignored.
    // A wrong check digit is most often a typing slip: next to a word that calls the number an
    // identity number it still tells the birth date and nine digits, so it is replaced all the same.
    if (!luhnValid(year.slice(-2) + month + day + serial) && !hasIdentityCue(text, start, start + whole.length)) continue;
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

import { isAllowedPhoneNumber } from "./allowed-phone-numbers";
import type { Finding } from "./types";

// Every quantifier consumes a digit, so a failed match costs at most a dozen steps per start
// position. A single optional separator between digits covers "070-123 45 67", "08-123 456 78"
// and "0701234567" alike; years, amounts and times never start with 0 or +, so they never match.
// An en dash counts as a hyphen: word processors and phones turn "070-" into "070–" on their own.
const SEP = "[ \\u00a0\\u2013-]?";
const NATIONAL = `0${SEP}(?:\\(0\\)${SEP})?[1-9](?:${SEP}\\d){6,8}`;
const SWEDISH_INTERNATIONAL = `(?:\\+|00)${SEP}46${SEP}(?:\\(0\\)${SEP})?[1-9](?:${SEP}\\d){6,8}`;
// Other countries, with the trunk zero some write in brackets: "+358 40 123 4567",
// "+44 (0)20 7946 0958".
const OTHER_INTERNATIONAL = `\\+[1-9]\\d{0,2}(?:${SEP}\\(0\\))?(?:${SEP}\\d){6,11}`;
// British numbers, which English-speaking authors give as readily as Swedish ones, have eleven
// digits where Swedish numbers have at most ten: "07700 900123", "020 7946 0958". Only the
// geographic (01, 02, 03) and mobile (07) ranges, which a person holds.
const BRITISH_NATIONAL = `0${SEP}[1237](?:${SEP}\\d){9}`;
// The area code set apart: "(070) 123 45 67", "070/123 45 67", "070.123.45.67". The rest is
// counted by the area code's length so the whole stays eight to ten digits. A day can start with
// 0 just like an area code ("08/12 2024", "08.12.2024"), so after a two-digit code a slash or a
// dot must be followed by three digits, which no month is; longer codes are never a day.
const GROUP_SEP = "[ \\u00a0.\\u2013-]?";
const rest = (min: number, max: number) => `\\d(?:${GROUP_SEP}\\d){${min - 1},${max - 1}}`;
const APART = (code: string, digitsAfter: string) => `(?:\\(${code}\\)${SEP}|${code} ?[/.] ?${digitsAfter})`;
const AREA_CODE_APART =
  `(?:${APART("08", "(?=\\d{3})")}${rest(6, 8)}|${APART("0[1-9]\\d", "")}${rest(5, 7)}|${APART("0[1-9]\\d{2}", "")}${rest(5, 6)})(?![.,/-]\\d)`;
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\d+.,/-])(?:${SWEDISH_INTERNATIONAL}|${OTHER_INTERNATIONAL}|${AREA_CODE_APART}|${BRITISH_NATIONAL}|${NATIONAL})(?![\\d])`,
  "gu",
);
// Right after a digit and a space, a run of even groups goes on what came before rather than
// starting a number: amounts group their digits in threes and a group can start with 0
// ("21 010 000 000 kr"); a row of single digits can hold a 0 ("8 5 0 7 0 9 1 2 3 3").
const CONTINUES_A_RUN = /^(?:\d{3}(?:[ \u00a0]\d{3})+|\d(?:[ \u00a0]\d)+)$/;
const AFTER_DIGIT_GROUP = /\d[ \u00a0]$/;

// "+46 70 123 45 67" and "0046701234567" become "0701234567", so the allow-list and the
// length rules see one form.
function toNationalDigits(raw: string): string {
  let digits = raw.replace(/\(0\)/g, "").replace(/\D/g, "");
  if (raw.trimStart().startsWith("+46")) digits = "0" + digits.slice(2);
  else if (digits.startsWith("0046")) digits = "0" + digits.slice(4);
  return digits;
}

// Payment and customer references are long digit runs that start with 0 just as often as phone
// numbers do; the word in front of them tells them apart.
const PAYMENT_REFERENCE =
  /(?<!\p{L})(?:ocr(?:-?nummer|-?nr)?|faktura(?:nummer|nr)?|konto(?:nummer|nr)?|bankgiro(?:nummer)?|plusgiro(?:nummer)?|bg|pg|referens(?:nummer)?|ref|kund(?:nummer|nr)|clearingnummer|iban)\.?:?\s*$/iu;

export function findPhoneNumbers(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const raw = match[0];
    const national = toNationalDigits(raw);
    if (isAllowedPhoneNumber(national)) continue;
    if (CONTINUES_A_RUN.test(raw) && AFTER_DIGIT_GROUP.test(text.slice(Math.max(0, match.index - 2), match.index))) continue;
    if (PAYMENT_REFERENCE.test(text.slice(Math.max(0, match.index - 24), match.index))) continue;
    findings.push({
      kind: "phone",
      start: match.index,
      end: match.index + raw.length,
      text: raw,
      replacement: "[telefonnummer]",
    });
  }
  return findings;
}

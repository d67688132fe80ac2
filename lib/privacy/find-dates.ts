import type { Finding } from "./types";

// Only exact days are reported. A month or a year alone ("i mars", "2019") says little about
// who someone is, and flagging them would bury the author in warnings.
const MONTH =
  "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|jan|feb|apr|jun|jul|aug|sept|sep|okt|nov|dec)";
const TEXTUAL = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?::?[ea])?\\s+${MONTH}\\.?(?:\\s+(?:(?:19|20)\\d{2}))?(?![\\p{L}\\d])`,
  "giu",
);
const ISO = /(?<![\d-])(?:19|20)\d{2}-(\d{1,2})-(\d{1,2})(?![\d-])/g;
// 12.03.2023, 12/03/2023, 12-03-2023 and 12/3-2023: day first, four- or two-digit year.
const DAY_FIRST = /(?<![\d.,/-])(\d{1,2})[./-](\d{1,2})(?:[./-])((?:19|20)?\d{2})(?![\d.,/]\d|\d)/g;
// "3/4" alone; only with a slash, because "14.30" is a time and "3-4" a range.
// "1/3 av summan" is a fraction.
const DAY_MONTH = /(?<![\d.,/-])(\d{1,2})\/(\d{1,2})(?![\d/]|[.,]\d|-\d|\s+av\s)/g;
// Phrases that look like dates but are not: "24/7" means round the clock.
const NOT_DATES = new Set(["24/7"]);

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function push(findings: Finding[], start: number, raw: string) {
  findings.push({ kind: "date", start, end: start + raw.length, text: raw, replacement: "[datum]" });
}

export function findDates(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const m of text.matchAll(TEXTUAL)) {
    const day = Number(m[1]);
    if (day >= 1 && day <= 31) push(findings, m.index, m[0].replace(/\.$/, ""));
  }
  for (const m of text.matchAll(ISO)) {
    if (validDay(Number(m[2]), Number(m[1]))) push(findings, m.index, m[0]);
  }
  for (const m of text.matchAll(DAY_FIRST)) {
    if (validDay(Number(m[1]), Number(m[2]))) push(findings, m.index, m[0]);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    if (!NOT_DATES.has(m[0]) && validDay(Number(m[1]), Number(m[2]))) push(findings, m.index, m[0]);
  }
  return findings;
}

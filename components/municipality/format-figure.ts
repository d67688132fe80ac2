import type { Shown } from "@/lib/statistics/suppress";

// The words and number formats the figures need, already bound to the page's language.
export type FigureWords = { suppressed: string; count: (value: number) => string; share: (value: number) => string; days: (value: number) => string };

// How a figure reads on the page: the words of the suppression rule when it is hidden.
export function formatFigure(shown: Shown<number>, kind: "count" | "share" | "days", words: FigureWords): string {
  return shown.suppressed ? words.suppressed : words[kind](shown.value);
}

// "mars 2026" for "2026-03": the middle of the month names it in every time zone.
export const instantOfMonth = (month: string) => new Date(`${month}-15T12:00:00Z`);

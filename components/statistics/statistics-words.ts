import { getFormatter, getTranslations } from "next-intl/server";
import type { Shown } from "@/lib/statistics/suppress";
import { instantOfMonth } from "@/components/municipality/format-figure";

// How the statistics read in the page's language: each figure, or the suppression rule's words
// when it is hidden; months by name.
export async function statisticsWords() {
  const [t, format] = await Promise.all([getTranslations("StatisticsPage"), getFormatter()]);
  const shown = (figure: Shown<number>, text: (value: number) => string) => (figure.suppressed ? t("suppressed") : text(figure.value));
  return {
    t,
    count: (figure: Shown<number>) => shown(figure, (value) => format.number(value)),
    share: (figure: Shown<number>) => shown(figure, (value) => format.number(value, { style: "percent" })),
    // Days to one decimal: "1,5 dagar".
    days: (figure: Shown<number>) => shown(figure, (value) => t("days", { days: Math.round(value * 10) / 10 })),
    monthName: (month: string) => format.dateTime(instantOfMonth(month), { month: "long", year: "numeric" }),
    monthShort: (month: string) => format.dateTime(instantOfMonth(month), { month: "short" }).replace(".", ""),
    percent: (value: number) => format.number(value, { style: "percent" }),
    number: (value: number) => format.number(value),
  };
}

export type StatisticsWords = Awaited<ReturnType<typeof statisticsWords>>;

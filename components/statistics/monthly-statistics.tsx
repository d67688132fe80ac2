import { countScaleTop } from "@/components/charts/bar-chart";
import { BarChart } from "./client-bar-chart";
import type { OpenStatistics } from "@/lib/statistics/open-statistics-schema";
import { FigureTable } from "./figure-table";
import type { StatisticsWords } from "./statistics-words";

// Month by month: the trend of stories published as a chart, every number (the share replied
// and the median too) in the table under it. One chart keeps the page small.
export function MonthlyStatistics({ statistics, words }: { statistics: OpenStatistics; words: StatisticsWords }) {
  const { t } = words;
  const { months, period } = statistics;
  const range = { from: words.monthName(period.from), to: words.monthName(period.to) };
  const top = countScaleTop(Math.max(0, ...months.map((month) => (month.published.suppressed ? 0 : month.published.value))));
  return (
    <section aria-labelledby="statistik-manader">
      <h2 id="statistik-manader">{t("monthsHeading")}</h2>
      <BarChart
        bars={months.map((month) => ({ key: month.month, label: words.monthShort(month.month), value: month.published.suppressed ? null : month.published.value }))}
        top={top}
        ticks={[0, top / 2, top].map((tick) => ({ value: tick, label: words.number(tick) }))}
        title={t("publishedChartTitle", range)}
        titleId="statistik-diagram-publicerade"
        caption={t("publishedChartCaption")}
      />
      <FigureTable
        caption={t("monthsCaption", range)}
        heading={t("month")}
        rows={months.map((month) => ({ ...month, key: month.month, label: words.monthName(month.month) }))}
        words={words}
      />
    </section>
  );
}

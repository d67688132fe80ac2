import { BarChart, countScaleTop } from "@/components/charts/bar-chart";
import type { OpenStatistics } from "@/lib/statistics/open-statistics-schema";
import { FigureTable } from "./figure-table";
import type { StatisticsWords } from "./statistics-words";

// Month by month: two trends as charts (stories published, share replied), every number in the
// table under them.
export function MonthlyStatistics({ statistics, words }: { statistics: OpenStatistics; words: StatisticsWords }) {
  const { t } = words;
  const { months, period } = statistics;
  const range = { from: words.monthName(period.from), to: words.monthName(period.to) };
  const top = countScaleTop(Math.max(0, ...months.map((month) => (month.published.suppressed ? 0 : month.published.value))));
  const bars = (value: (month: OpenStatistics["months"][number]) => number | null) =>
    months.map((month) => ({ key: month.month, label: words.monthShort(month.month), value: value(month) }));
  return (
    <section aria-labelledby="statistik-manader">
      <h2 id="statistik-manader">{t("monthsHeading")}</h2>
      <BarChart
        bars={bars((month) => (month.published.suppressed ? null : month.published.value))}
        top={top}
        ticks={[0, top / 2, top].map((tick) => ({ value: tick, label: words.number(tick) }))}
        title={t("publishedChartTitle", range)}
        titleId="statistik-diagram-publicerade"
        caption={t("publishedChartCaption")}
      />
      <BarChart
        bars={bars((month) => (month.repliedShare.suppressed ? null : month.repliedShare.value))}
        top={1}
        ticks={[0, 0.5, 1].map((tick) => ({ value: tick, label: words.percent(tick) }))}
        title={t("repliedChartTitle", range)}
        titleId="statistik-diagram-besvarade"
        caption={t("repliedChartCaption")}
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

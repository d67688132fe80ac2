import { getFormatter, getTranslations } from "next-intl/server";
import type { FigureSet, MonthFigures, MunicipalityFigures as Figures } from "@/lib/statistics/municipality-figures";
import { AnsweredChart } from "./answered-chart";
import { type FigureWords, formatFigure, instantOfMonth } from "./format-figure";
import styles from "./municipality.module.css";

// Months shown in the chart and its table; older months are in a table of their own below.
const CHART_MONTHS = 12;

// The public figures of a municipality: the last twelve months as cards, then month by month
// as a chart with its numbers in a table beside it, as text for everyone.
export async function MunicipalityFigures({ figures, municipality }: { figures: Figures; municipality: string }) {
  const [t, format] = await Promise.all([getTranslations("Municipality.figures"), getFormatter()]);
  const monthName = (month: string) => format.dateTime(instantOfMonth(month), { month: "long", year: "numeric" });
  const words: FigureWords = {
    suppressed: t("suppressed"),
    count: (value) => format.number(value),
    share: (value) => format.number(value, { style: "percent" }),
    // Days to one decimal: "2,5 dagar".
    days: (value) => t("days", { days: Math.round(value * 10) / 10 }),
  };
  const show = (set: FigureSet) => ({
    published: formatFigure(set.published, "count", words),
    answeredShare: formatFigure(set.answeredShare, "share", words),
    medianDays: formatFigure(set.medianDaysToAnswer, "days", words),
    changeShare: formatFigure(set.changeShare, "share", words),
  });
  const recent = figures.months.slice(-CHART_MONTHS);
  const earlier = figures.months.slice(0, -CHART_MONTHS);

  const table = (months: MonthFigures[], caption: string) => (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("month")}</th>
          <th scope="col" className={styles.number}>{t("published")}</th>
          <th scope="col" className={styles.number}>{t("answeredShare")}</th>
          <th scope="col" className={styles.number}>{t("medianDays")}</th>
          <th scope="col" className={styles.number}>{t("changeShare")}</th>
        </tr>
      </thead>
      <tbody>
        {months.map((month) => {
          const shown = show(month);
          return (
            <tr key={month.month}>
              <th scope="row">{monthName(month.month)}</th>
              <td className={styles.number}>{shown.published}</td>
              <td className={styles.number}>{shown.answeredShare}</td>
              <td className={styles.number}>{shown.medianDays}</td>
              <td className={styles.number}>{shown.changeShare}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <section aria-labelledby="kommun-siffror">
      <h2 id="kommun-siffror">{t("heading")}</h2>
      <p>{t("intro", { firstMonth: monthName(figures.firstMonth) })}</p>
      <p>{t("rule")}</p>
      {figures.lastTwelve === null ? (
        <p className="alert">{t("notYet", { firstMonth: monthName(figures.firstMonth) })}</p>
      ) : (
        <>
          <h3>
            {t("lastTwelveHeading", { months: figures.months.slice(-12).length })}{" "}
            <span className={styles.detail}>({t("period", { from: monthName(figures.lastTwelve.from), to: monthName(figures.lastTwelve.to) })})</span>
          </h3>
          {figures.lastTwelve.withheld ? <p>{t("withheld")}</p> : null}
          <dl className={styles.figures} data-testid="kommun-ar">
            {(
              [
                ["published", show(figures.lastTwelve).published, null],
                ["answeredShare", show(figures.lastTwelve).answeredShare, "answeredShareHint"],
                ["medianDays", show(figures.lastTwelve).medianDays, "medianDaysHint"],
                ["changeShare", show(figures.lastTwelve).changeShare, "changeShareHint"],
              ] as const
            ).map(([label, value, hint]) => (
              <div key={label} className={styles.figure}>
                <dt>{t(label)}</dt>
                <dd className={styles.value}>{value}</dd>
                {hint ? <dd className={styles.detail}>{t(hint)}</dd> : null}
              </div>
            ))}
          </dl>
          <h3>{t("monthsHeading")}</h3>
          <AnsweredChart months={recent} municipality={municipality} titleId="kommun-diagram" />
          {table(recent, t("tableCaption", { municipality, from: monthName(recent[0].month), to: monthName(recent.at(-1)!.month) }))}
          {earlier.length > 0 ? (
            <details>
              <summary>{t("earlierMonths")}</summary>
              {table(earlier, t("tableCaption", { municipality, from: monthName(earlier[0].month), to: monthName(earlier.at(-1)!.month) }))}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

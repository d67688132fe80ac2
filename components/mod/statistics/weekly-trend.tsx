import { getFormatter, getTranslations } from "next-intl/server";
import type { WeekSummary } from "@/lib/moderation/statistics";
import { formatDuration } from "./format-duration";
import styles from "./statistics.module.css";
import { WeeklyChart } from "./weekly-chart";

// Week by week: the chart shows the trend of the median, the table under it every number, as
// text for everyone (not only for screen readers).
export async function WeeklyTrend({ weeks }: { weeks: WeekSummary[] }) {
  const t = await getTranslations("Statistics.weeks");
  const format = await getFormatter();
  return (
    <section aria-labelledby="statistik-veckor">
      <h2 id="statistik-veckor">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <WeeklyChart weeks={weeks} titleId="statistik-diagram" />
      <table className={styles.table}>
        <caption>{t("tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("week")}</th>
            <th scope="col" className={styles.number}>
              {t("decisions")}
            </th>
            <th scope="col" className={styles.number}>
              {t("median")}
            </th>
            <th scope="col" className={styles.number}>
              {t("withinWorkingDay")}
            </th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.weekStart}>
              <th scope="row">
                {t("weekNumber", { week: week.isoWeek })}{" "}
                <span className={styles.weekDate}>{t("weekFrom", { date: format.dateTime(new Date(`${week.weekStart}T12:00:00Z`), { day: "numeric", month: "short" }) })}</span>
              </th>
              <td className={styles.number}>{format.number(week.decisions)}</td>
              <td className={styles.number}>{week.medianMinutes === null ? t("noValue") : formatDuration(week.medianMinutes)}</td>
              <td className={styles.number}>{week.decisions === 0 ? t("noValue") : format.number(week.withinWorkingDay / week.decisions, { style: "percent" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ModerationStatistics } from "@/lib/moderation/statistics";
import { formatDuration } from "./format-duration";
import styles from "./statistics.module.css";

// The last 30 days: how many decisions, the median wait for one, and the share within a working day.
export async function RecentDecisions({ recent }: { recent: ModerationStatistics["recent"] }) {
  const t = await getTranslations("Statistics.recent");
  const format = await getFormatter();
  return (
    <section aria-labelledby="statistik-30-dagar">
      <h2 id="statistik-30-dagar">{t("heading")}</h2>
      {recent.decisions === 0 || recent.medianMinutes === null ? (
        <p>{t("none")}</p>
      ) : (
        <dl className={styles.figures}>
          <div className={`card ${styles.figure}`}>
            <dt>{t("decisions")}</dt>
            <dd className={styles.value}>{format.number(recent.decisions)}</dd>
            <dd className={styles.detail}>{t("decisionsDetail", { published: recent.published, rejected: recent.rejected })}</dd>
          </div>
          <div className={`card ${styles.figure}`}>
            <dt>{t("median")}</dt>
            <dd className={styles.value}>{formatDuration(recent.medianMinutes)}</dd>
          </div>
          <div className={`card ${styles.figure}`}>
            <dt>{t("withinWorkingDay")}</dt>
            <dd className={styles.value}>{format.number(recent.withinWorkingDay / recent.decisions, { style: "percent" })}</dd>
            <dd className={styles.detail}>{t("withinWorkingDayDetail", { within: recent.withinWorkingDay, decisions: recent.decisions })}</dd>
          </div>
        </dl>
      )}
      <p className="hint">{t("explanation")}</p>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { ModerationStatistics } from "@/lib/moderation/statistics";
import styles from "./statistics.module.css";

// What waits right now, by state. Counts for the team; nothing here is per moderator.
export async function BacklogFigures({ backlog }: { backlog: ModerationStatistics["backlog"] }) {
  const t = await getTranslations("Statistics.backlog");
  const format = await getFormatter();
  const figures = [
    { key: "pending", value: backlog.pending },
    { key: "awaitingColleague", value: backlog.awaitingColleague },
    { key: "comments", value: backlog.comments },
  ] as const;
  return (
    <section aria-labelledby="statistik-vantar">
      <h2 id="statistik-vantar">{t("heading")}</h2>
      <dl className={styles.figures}>
        {figures.map((figure) => (
          <div key={figure.key} className={`card ${styles.figure}`}>
            <dt>{t(figure.key)}</dt>
            <dd className={styles.value}>{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

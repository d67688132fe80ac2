import type { FigureRow } from "@/lib/statistics/open-statistics-schema";
import type { StatisticsWords } from "./statistics-words";
import styles from "./statistics.module.css";

// Rows of the three figures (published, share replied, median time to publication), each
// headed by its month or theme.
export function FigureTable({ caption, heading, rows, words }: { caption: string; heading: string; rows: (FigureRow & { key: string; label: string })[]; words: StatisticsWords }) {
  const { t } = words;
  return (
    <table className={styles.table}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">{t("published")}</th>
          <th scope="col">{t("repliedShare")}</th>
          <th scope="col">{t("medianDays")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{words.count(row.published)}</td>
            <td>{words.share(row.repliedShare)}</td>
            <td>{words.days(row.medianDaysToPublication)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import type { FigureRow } from "@/lib/statistics/open-statistics-schema";
import { DataTable } from "./data-table";
import type { StatisticsWords } from "./statistics-words";

// Rows of the three figures (published, share replied, median time to publication), each
// headed by its month or theme.
export function FigureTable({ caption, heading, rows, words }: { caption: string; heading: string; rows: (FigureRow & { key: string; label: string })[]; words: StatisticsWords }) {
  const { t } = words;
  return (
    <DataTable
      caption={caption}
      headings={[heading, t("published"), t("repliedShare"), t("medianDays")]}
      rows={rows.map((row) => ({
        key: row.key,
        cells: [row.label, words.count(row.published), words.share(row.repliedShare), words.days(row.medianDaysToPublication)],
      }))}
    />
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { MonthFigures } from "@/lib/statistics/municipality-figures";
import { instantOfMonth } from "./format-figure";
import styles from "./municipality.module.css";

// Drawn on the server as one image with a name: a dozen bars need no chart library, and the
// page sends no script for it. Its numbers are in the table beside it (municipality-figures.tsx).
const width = 360;
const height = 180;
const plot = { left: 40, right: 4, top: 10, bottom: 22 };
const plotWidth = width - plot.left - plot.right;
const plotHeight = height - plot.top - plot.bottom;

const round = (value: number) => Math.round(value * 10) / 10;

export async function AnsweredChart({ months, municipality, titleId }: { months: MonthFigures[]; municipality: string; titleId: string }) {
  const [t, format] = await Promise.all([getTranslations("Municipality.figures"), getFormatter()]);
  const monthName = (month: string, style: "short" | "long") =>
    format.dateTime(instantOfMonth(month), style === "long" ? { month: "long", year: "numeric" } : { month: "short" });
  const slot = plotWidth / months.length;
  const barWidth = Math.min(18, slot * 0.65);
  const y = (share: number) => plot.top + plotHeight * (1 - share);
  const title = t("chartTitle", { municipality, from: monthName(months[0].month, "long"), to: monthName(months.at(-1)!.month, "long") });
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {[0, 0.5, 1].map((tick) => (
        <g key={tick}>
          <line className={tick === 0 ? styles.axis : styles.grid} x1={plot.left} x2={width - plot.right} y1={round(y(tick))} y2={round(y(tick))} />
          <text className={styles.label} x={plot.left - 4} y={round(y(tick) + 3)} textAnchor="end">
            {format.number(tick, { style: "percent" })}
          </text>
        </g>
      ))}
      {months.map((month, index) => {
        const centre = plot.left + slot * (index + 0.5);
        const share = month.answeredShare.suppressed ? null : month.answeredShare.value;
        return (
          <g key={month.month}>
            {share === null ? null : (
              <rect
                className={styles.bar}
                x={round(centre - barWidth / 2)}
                y={round(Math.min(y(share), y(0) - 1))}
                width={round(barWidth)}
                height={round(Math.max(1, y(0) - y(share)))}
              />
            )}
            <text className={styles.label} x={round(centre)} y={height - 6} textAnchor="middle">
              {monthName(month.month, "short").replace(".", "")}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

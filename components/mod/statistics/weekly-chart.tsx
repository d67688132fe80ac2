import { getTranslations } from "next-intl/server";
import type { WeekSummary } from "@/lib/moderation/statistics";
import { formatDuration } from "./format-duration";
import styles from "./statistics.module.css";

// Drawn by hand: a dozen bars need no chart library, and the page sends no script. The SVG is one
// image with a name; its numbers are in the table beside it (weekly-trend.tsx).
const width = 360;
const height = 180;
const plot = { left: 50, right: 4, top: 10, bottom: 22 };
const plotWidth = width - plot.left - plot.right;
const plotHeight = height - plot.top - plot.bottom;

// The top of the scale, so that it and its half read as round durations: 30 min … 1 dag, then
// 2, 4, 8 … dagar.
const scaleTops = [30, 60, 120, 240, 480, 720, 1_440];
export function scaleTop(maxMinutes: number): number {
  const fixed = scaleTops.find((top) => top >= maxMinutes);
  if (fixed) return fixed;
  let top = 2 * 1_440;
  while (top < maxMinutes) top *= 2;
  return top;
}

const round = (value: number) => Math.round(value * 10) / 10;

export async function WeeklyChart({ weeks, titleId }: { weeks: WeekSummary[]; titleId: string }) {
  const t = await getTranslations("Statistics.weeks");
  const top = scaleTop(Math.max(0, ...weeks.map((week) => week.medianMinutes ?? 0)));
  const slot = plotWidth / weeks.length;
  const barWidth = Math.min(18, slot * 0.65);
  const y = (minutes: number) => plot.top + plotHeight * (1 - minutes / top);
  const title = t("chartTitle", { first: weeks[0]?.isoWeek ?? 0, last: weeks.at(-1)?.isoWeek ?? 0 });
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {[0, top / 2, top].map((tick) => (
        <g key={tick}>
          <line className={tick === 0 ? styles.axis : styles.grid} x1={plot.left} x2={width - plot.right} y1={round(y(tick))} y2={round(y(tick))} />
          <text className={styles.label} x={plot.left - 4} y={round(y(tick) + 3)} textAnchor="end">
            {formatDuration(tick)}
          </text>
        </g>
      ))}
      {weeks.map((week, index) => {
        const centre = plot.left + slot * (index + 0.5);
        return (
          <g key={week.weekStart}>
            {week.medianMinutes === null ? null : (
              <rect
                className={styles.bar}
                x={round(centre - barWidth / 2)}
                y={round(Math.min(y(week.medianMinutes), y(0) - 1))}
                width={round(barWidth)}
                height={round(Math.max(1, y(0) - y(week.medianMinutes)))}
              />
            )}
            <text className={styles.label} x={round(centre)} y={height - 6} textAnchor="middle">
              {week.isoWeek}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

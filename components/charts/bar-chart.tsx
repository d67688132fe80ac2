import styles from "./bar-chart.module.css";

// One bar per period; a bar without a value (hidden by the suppression rule, or nothing to
// show) leaves its slot empty. Labels come already formatted in the page's language.
export type ChartBar = { key: string; label: string; value: number | null };
export type ChartTick = { value: number; label: string };

// Drawn on the server as one image with a name: a dozen bars need no chart library, and the
// page sends no script for it. Every page that uses it shows the same numbers in a table beside
// it, as text for everyone, and says so in the caption.
const width = 360;
const height = 180;
const plot = { right: 4, top: 10, bottom: 22 };

// Whole units of a 360-wide picture: finer than a screen shows it.
const round = (value: number) => Math.round(value);

export function BarChart({
  bars,
  top,
  ticks,
  title,
  titleId,
  caption,
  axisWidth = 40,
}: {
  bars: ChartBar[];
  // The value at the top of the scale.
  top: number;
  ticks: ChartTick[];
  title: string;
  titleId: string;
  caption: string;
  // Room for the scale's labels on the left.
  axisWidth?: number;
}) {
  const plotWidth = width - axisWidth - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(18, slot * 0.65);
  const y = (value: number) => plot.top + plotHeight * (1 - (top > 0 ? value / top : 0));
  const centre = (index: number) => axisWidth + slot * (index + 0.5);
  // Fill, stroke and text-anchor are inherited in SVG: one group per kind of mark keeps the
  // markup (and the page data Next sends with it) small.
  return (
    <figure className={styles.chart}>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{title}</title>
        <g className={styles.grid}>
          {ticks.map((tick) => (
            <line key={tick.value} className={tick.value === 0 ? styles.axis : undefined} x1={axisWidth} x2={width - plot.right} y1={round(y(tick.value))} y2={round(y(tick.value))} />
          ))}
        </g>
        <g className={styles.label} textAnchor="end">
          {ticks.map((tick) => (
            <text key={tick.value} x={axisWidth - 4} y={round(y(tick.value) + 3)}>
              {tick.label}
            </text>
          ))}
        </g>
        <g className={styles.bar}>
          {bars.map((bar, index) =>
            bar.value === null ? null : (
              <rect
                key={bar.key}
                x={round(centre(index) - barWidth / 2)}
                y={round(Math.min(y(bar.value), y(0) - 1))}
                width={round(barWidth)}
                height={round(Math.max(1, y(0) - y(bar.value)))}
              />
            ),
          )}
        </g>
        <g className={styles.label} textAnchor="middle">
          {bars.map((bar, index) => (
            <text key={bar.key} x={round(centre(index))} y={height - 6}>
              {bar.label}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="hint">{caption}</figcaption>
    </figure>
  );
}

// A round top for a scale of counts: 1, 2 or 5 times a power of ten, at least `max`.
export function countScaleTop(max: number): number {
  if (max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= max)!;
}

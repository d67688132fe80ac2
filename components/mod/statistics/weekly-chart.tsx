import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import type { WeekSummary } from "@/lib/moderation/statistics";
import { formatDuration } from "./format-duration";

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

// The median time to a decision week by week, on the shared chart; its numbers are in the table
// beside it (weekly-trend.tsx).
export async function WeeklyChart({ weeks, titleId }: { weeks: WeekSummary[]; titleId: string }) {
  const t = await getTranslations("Statistics.weeks");
  const top = scaleTop(Math.max(0, ...weeks.map((week) => week.medianMinutes ?? 0)));
  return (
    <BarChart
      bars={weeks.map((week) => ({ key: week.weekStart, label: String(week.isoWeek), value: week.medianMinutes }))}
      top={top}
      ticks={[0, top / 2, top].map((tick) => ({ value: tick, label: formatDuration(tick) }))}
      title={t("chartTitle", { first: weeks[0]?.isoWeek ?? 0, last: weeks.at(-1)?.isoWeek ?? 0 })}
      titleId={titleId}
      caption={t("chartCaption")}
      axisWidth={50}
    />
  );
}

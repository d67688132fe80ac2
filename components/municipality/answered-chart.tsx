import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import type { MonthFigures } from "@/lib/statistics/municipality-figures";
import { instantOfMonth } from "./format-figure";

// The share of answered stories month by month, on the shared chart; its numbers are in the
// table beside it (municipality-figures.tsx).
export async function AnsweredChart({ months, municipality, titleId }: { months: MonthFigures[]; municipality: string; titleId: string }) {
  const [t, format] = await Promise.all([getTranslations("Municipality.figures"), getFormatter()]);
  const monthName = (month: string, style: "short" | "long") =>
    format.dateTime(instantOfMonth(month), style === "long" ? { month: "long", year: "numeric" } : { month: "short" });
  return (
    <BarChart
      bars={months.map((month) => ({
        key: month.month,
        label: monthName(month.month, "short").replace(".", ""),
        value: month.answeredShare.suppressed ? null : month.answeredShare.value,
      }))}
      top={1}
      ticks={[0, 0.5, 1].map((tick) => ({ value: tick, label: format.number(tick, { style: "percent" }) }))}
      title={t("chartTitle", { municipality, from: monthName(months[0].month, "long"), to: monthName(months.at(-1)!.month, "long") })}
      titleId={titleId}
      caption={t("chartCaption")}
    />
  );
}

"use client";

import { type ComponentProps } from "react";
import { BarChart as SharedBarChart } from "@/components/charts/bar-chart";

// The shared chart, sent to /statistik as a client component for its weight alone (see
// data-table.tsx): its props are a few numbers and labels, where its rendered tree would be
// three times its SVG. It renders the same markup; the municipality and moderator pages keep
// it a server component.
export function BarChart(props: ComponentProps<typeof SharedBarChart>) {
  return <SharedBarChart {...props} />;
}

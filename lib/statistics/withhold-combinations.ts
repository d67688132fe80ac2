import { type Shown, suppressCount } from "./suppress";

type Count = { key: string; published: number };

// Secondary suppression: suppress.ts hides each small cell, and this keeps a sum of shown cells
// from revealing one. Two sums can be taken on the statistics page:
// - the period's total minus the months shown. The total is shown only when every month is, so
//   no hidden month can be worked out from it.
// - the total minus the municipalities named. Municipalities below the rule are never named, and
//   those past the `named` largest are not either; all of them, with the stories that name no
//   municipality, are one row, "other municipalities". If that row would itself be hidden, the
//   smallest named municipality joins it until it is not, so the total minus the named rows is
//   always a number the page shows. Without a total (a month hidden) the row is left out.
// Themes need no such rule: a story can have several themes, so theirs is no sum.
// The one rule for a period's total beside its months: shown only when every month is, so that
// the total minus the months shown never reveals a hidden one. /statistik and the municipality
// pages both ask it.
export function periodTotalShown(months: readonly Shown<number>[]): boolean {
  return months.every((month) => !month.suppressed);
}

export function withholdCombinations(options: { months: Shown<number>[]; total: number; municipalities: Count[]; named: number }): {
  showTotal: boolean;
  named: Count[];
  others: number | null;
} {
  const showTotal = periodTotalShown(options.months);
  const named = options.municipalities
    .filter((municipality) => !suppressCount(municipality.published).suppressed)
    .sort((a, b) => b.published - a.published || a.key.localeCompare(b.key))
    .slice(0, options.named);
  if (!showTotal) return { showTotal, named, others: null };
  let others = options.total - named.reduce((sum, municipality) => sum + municipality.published, 0);
  while (suppressCount(others).suppressed && named.length > 0) others += named.pop()!.published;
  return { showTotal, named, others };
}

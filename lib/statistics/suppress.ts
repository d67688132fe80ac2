// THE rule that keeps public figures from singling anyone out, for every page that shows them
// (the municipality pages, /statistik): a count below SMALLEST_SHOWN, and a share or median
// computed from fewer than SMALLEST_SHOWN stories, is not shown; the page says "färre än 5"
// (messages: Municipality.figures.suppressed) instead. A zero is suppressed too: "none" is
// as telling as "one" about a small place.
export const SMALLEST_SHOWN = 5;

export type Shown<T> = { suppressed: true } | { suppressed: false; value: T };

const hidden = { suppressed: true } as const;

// A count of stories (or of anything that stands for stories).
export function suppressCount(count: number): Shown<number> {
  return count < SMALLEST_SHOWN ? hidden : { suppressed: false, value: count };
}

// A share of `denominator` stories, from 0 to 1. Beside its count a share gives away both its
// numerator and the rest (20 % of 5 is one story; 80 % of 5 leaves one), so it is shown only
// when both are at least SMALLEST_SHOWN: no number below it can be worked out from the two.
export function suppressShare(numerator: number, denominator: number): Shown<number> {
  const small = numerator < SMALLEST_SHOWN || denominator - numerator < SMALLEST_SHOWN;
  return small ? hidden : { suppressed: false, value: numerator / denominator };
}

// A median (or any figure) computed from `basis` stories; null when there is nothing to compute.
export function suppressMedian(median: number | null, basis: number): Shown<number> {
  return basis < SMALLEST_SHOWN || median === null ? hidden : { suppressed: false, value: median };
}

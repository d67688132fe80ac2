const HOUR_MS = 60 * 60 * 1000;
const WORKING_DAY_MS = 24 * HOUR_MS;

const weekdayInStockholm = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", weekday: "short" });

function isWeekend(at: Date): boolean {
  const day = weekdayInStockholm.format(at);
  return day === "Sat" || day === "Sun";
}

// The service aims to answer within one working day, so a weekend does not count against the
// moderators: overdue means more than 24 hours of Monday–Friday time (Swedish time) have passed.
// Public holidays are not known here and count as working days. Measured in hour steps, which
// is as precise as a queue marker needs.
export function isOverdue(from: Date, now: Date = new Date()): boolean {
  const elapsed = now.getTime() - from.getTime();
  if (elapsed <= WORKING_DAY_MS) return false;
  // Any four days in a row hold at least two weekdays.
  if (elapsed >= 4 * WORKING_DAY_MS) return true;
  let working = 0;
  for (let start = from.getTime(); start < now.getTime(); start += HOUR_MS) {
    if (!isWeekend(new Date(start))) working += Math.min(HOUR_MS, now.getTime() - start);
  }
  return working > WORKING_DAY_MS;
}

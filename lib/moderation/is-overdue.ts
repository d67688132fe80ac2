import Holidays from "date-holidays";

const HOUR_MS = 60 * 60 * 1000;
const WORKING_DAY_MS = 24 * HOUR_MS;
// Sweden never has more than four days off in a row (Easter: Friday to Monday; Christmas Eve to
// the Sunday after, in some years), so any six days in a row hold at least two working days.
const SURELY_OVERDUE_MS = 6 * WORKING_DAY_MS;

// "2026-06-19" and "fre" for an instant, as a calendar in Stockholm shows it.
const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });
const stockholmWeekday = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Stockholm", weekday: "short" });

// The Swedish days off, from date-holidays (a maintained calendar, not a table written here):
// the public holidays ("public": nyårsdagen, långfredagen, midsommardagen …) and the eves that
// are days off in practice ("bank": midsommarafton, julafton, nyårsafton). Half-days such as
// valborgsmässoafton ("optional") and days of note ("observance") count as working days.
const calendar = new Holidays("SE");
const daysOffByYear = new Map<number, Set<string>>();

function daysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    const holidays = calendar.getHolidays(year) || [];
    days = new Set(holidays.filter((holiday) => holiday.type === "public" || holiday.type === "bank").map((holiday) => holiday.date.slice(0, 10)));
    daysOffByYear.set(year, days);
  }
  return days;
}

export function isWorkingDay(at: Date): boolean {
  const weekday = stockholmWeekday.format(at);
  if (weekday === "Sat" || weekday === "Sun") return false;
  const day = stockholmDay.format(at);
  return !daysOff(Number(day.slice(0, 4))).has(day);
}

// The service aims to answer within one working day, so weekends and Swedish public holidays
// do not count against the moderators: overdue means more than 24 hours of working-day time
// (Swedish time) have passed. Measured in hour steps, which is as precise as a queue marker needs.
export function isOverdue(from: Date, now: Date = new Date()): boolean {
  const elapsed = now.getTime() - from.getTime();
  if (elapsed <= WORKING_DAY_MS) return false;
  if (elapsed >= SURELY_OVERDUE_MS) return true;
  let working = 0;
  for (let start = from.getTime(); start < now.getTime(); start += HOUR_MS) {
    if (isWorkingDay(new Date(start))) working += Math.min(HOUR_MS, now.getTime() - start);
  }
  return working > WORKING_DAY_MS;
}

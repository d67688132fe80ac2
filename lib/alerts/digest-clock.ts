const stockholm = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

// The day and hour a clock in Stockholm shows: digests go out once a day, at an hour people
// there recognise, summer time or not.
export function stockholmDayAndHour(now: Date): { day: string; hour: number } {
  const parts = Object.fromEntries(stockholm.formatToParts(now).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

// Due once the hour has come on a day that has had no digest yet.
export function isDigestDue({ now, hour, lastDay }: { now: Date; hour: number; lastDay: string | null }): boolean {
  const local = stockholmDayAndHour(now);
  return local.hour >= hour && local.day !== lastDay;
}

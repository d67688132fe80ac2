import type { ReactNode } from "react";
import { getFormatter } from "next-intl/server";
import { instantOfPublicDate, type PublicDate } from "@/lib/stories/public-date";

// A day as readers in Sweden write it ("3 november 2026"), machine-readable too. Readers are
// given days only (lib/stories/public-date.ts), so the markup carries nothing finer either.
export async function PublishedDate({ day }: { day: PublicDate }) {
  const format = await getFormatter();
  return <time dateTime={day}>{format.dateTime(instantOfPublicDate(day), { dateStyle: "long" })}</time>;
}

// For messages that place the date inside a sentence: "Publicerad <time>{date, date, long}</time>".
function timeTag(day: PublicDate) {
  return (chunks: ReactNode) => <time dateTime={day}>{chunks}</time>;
}

// The values such a message takes: the day in words and in the <time> element.
export function dayValues(day: PublicDate) {
  return { date: instantOfPublicDate(day), time: timeTag(day) };
}

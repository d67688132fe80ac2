import type { ReactNode } from "react";
import { getFormatter } from "next-intl/server";

// A date as readers in Sweden write it ("3 november 2026"), machine-readable too.
export async function PublishedDate({ date }: { date: Date }) {
  const format = await getFormatter();
  return <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "long" })}</time>;
}

// For messages that place the date inside a sentence: "Publicerad <time>{date, date, long}</time>".
export function timeTag(date: Date) {
  return (chunks: ReactNode) => <time dateTime={date.toISOString()}>{chunks}</time>;
}

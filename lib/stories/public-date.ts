// What readers are told of when something happened: the day, as a calendar in Stockholm shows
// it ("2026-12-05"), never the moment. A time to the millisecond beside a comment is a trace of
// when its writer was online (and on the narrator's own comments, of the author's activity); a
// reader needs the day. Stories, replies, amendments and comments all leave the server this way,
// in the API and in the pages' markup alike (lib/stories/to-public-story.ts).
export type PublicDate = string;

const stockholmDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

export function toPublicDate(at: Date): PublicDate {
  const parts = Object.fromEntries(stockholmDay.formatToParts(at).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

// An instant inside that day, for words such as "5 december 2026": noon UTC falls on the same
// date in Stockholm (UTC+1 or +2) and in every time zone within eleven hours of UTC.
export function instantOfPublicDate(day: PublicDate): Date {
  return new Date(`${day}T12:00:00Z`);
}

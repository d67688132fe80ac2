// A keyset cursor names one story by its id; the server reads that story's place in the reader's
// order (publishedAt desc, id desc) back from the database (lib/stories/keyset-page.ts). It is
// public (it sits in links), so it carries no time: readers are told the day a story was
// published (lib/stories/public-date.ts), not the moment.
//
// Links made before carry "<publishedAt in ms>.<id>"; the time in them is ignored, so they
// still lead to the same place.
const cursorPattern = /^(?:\d{1,15}\.)?([A-Za-z0-9_-]{1,40})$/;

export function encodeStoryCursor(story: { id: string }): string {
  return story.id;
}

// Anything that is not a cursor this code made is treated as absent, never as an error.
export function decodeStoryCursor(value: string | undefined | null): { id: string } | undefined {
  const match = value ? cursorPattern.exec(value) : null;
  return match ? { id: match[1] } : undefined;
}

// A keyset cursor names one story by its place in the reader's order (publishedAt desc, id desc):
// "<publishedAt in ms>.<id>". It is public (it sits in links) and says nothing a reader cannot
// already see on the page: the story's id and its publication time.
export type StoryCursor = { publishedAt: Date; id: string };

const cursorPattern = /^(\d{1,15})\.([A-Za-z0-9_-]{1,40})$/;

export function encodeStoryCursor(story: { publishedAt: Date; id: string }): string {
  return `${story.publishedAt.getTime()}.${story.id}`;
}

// Anything that is not a cursor this code made is treated as absent, never as an error.
export function decodeStoryCursor(value: string | undefined | null): StoryCursor | undefined {
  const match = value ? cursorPattern.exec(value) : null;
  if (!match) return undefined;
  const publishedAt = new Date(Number(match[1]));
  if (Number.isNaN(publishedAt.getTime())) return undefined;
  return { publishedAt, id: match[2] };
}

import { expect, test } from "@playwright/test";

// A reader needs the day a story, reply or comment was published, never the moment: a time to
// the millisecond beside a comment is a trace of when its writer was online, and on the
// narrator's own comments it ties the story to a person's activity. Every public page's markup
// and the data Next sends with it (the RSC payload is inlined in the HTML) carry dates only.
const isoWithTime = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/g;
// Epoch milliseconds from 2020 to 2033, where the app, not an author, would put them: in an
// attribute (a keyset cursor once carried one in its links, "?efter=<ms>.<id>") or as a number
// in the data Next inlines. Other journeys put such numbers in their stories' titles, which
// are text and not looked at here.
const epochMs = "1[5-9]\\d{11}(?!\\d)";
const epochInAttribute = new RegExp(`\\b(?:href|src|action|datetime|content|value)="[^"]*(?<![\\w.-])${epochMs}`, "gi");
const epochAsNumber = new RegExp(`[:\\[,]\\s*${epochMs}`, "g");
const timeAttribute = /<time\b[^>]*\bdatetime="([^"]*)"/gi;

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 80), index + 80);
}

test("[reader] public pages carry no time finer than a day", { tag: "@api" }, async ({ request }) => {
  const list = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string; tags: { slug: string }[] }[] };
  expect(list.stories.length).toBeGreaterThan(0);
  const paths = [
    "/",
    "/berattelser",
    `/berattelser?tagg=${list.stories[0].tags[0].slug}`,
    "/sok?q=socialtj%C3%A4nsten",
    ...list.stories.map((story) => `/berattelser/${story.id}`),
  ];
  let dates = 0;
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    for (const [, value] of html.matchAll(timeAttribute)) {
      expect(value, `${path}: <time datetime="${value}">`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      dates++;
    }
    for (const pattern of [isoWithTime, epochInAttribute, epochAsNumber]) {
      const found = [...html.matchAll(pattern)].map((match) => around(html, match.index));
      expect(found, `${path} carries a time finer than a day`).toEqual([]);
    }
  }
  // The seeded stories have replies and comments: each story page shows several dates.
  expect(dates).toBeGreaterThan(list.stories.length * 2);
});

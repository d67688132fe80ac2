import { Feed } from "feed";
import { instantOfPublicDate, type PublicDate } from "@/lib/stories/public-date";

export type AtomEntry = { link: string; title: string; day: PublicDate; summary: string; categories?: string[] };

export type AtomFeedOptions = {
  // The page the feed follows, and the feed's own address (left out of a private feed, whose
  // address is its key); both absolute.
  link: string;
  self?: string;
  title: string;
  subtitle?: string;
  language: string;
  entries: AtomEntry[];
};

// Every Atom feed of the service is built here, with the `feed` library: the public feeds
// (lib/feeds/build-story-feed.ts) and the responders' private one (lib/alerts). Readers are told
// the day a story was published, never the moment (lib/stories/public-date.ts), and the same
// entries always give the same bytes (no build time, no generator), so an ETag of the body
// stays the same until the content changes.
export function buildAtomFeed(options: AtomFeedOptions): string {
  const newest = options.entries[0];
  const feed = new Feed({
    id: options.link,
    link: options.link,
    title: options.title,
    description: options.subtitle,
    language: options.language,
    updated: newest ? instantOfPublicDate(newest.day) : new Date(0),
    feedLinks: options.self ? { atom: options.self } : {},
    copyright: "",
    generator: false,
  });
  for (const entry of options.entries) {
    feed.addItem({
      id: entry.link,
      title: entry.title,
      link: entry.link,
      date: instantOfPublicDate(entry.day),
      published: instantOfPublicDate(entry.day),
      description: entry.summary,
      category: entry.categories?.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}

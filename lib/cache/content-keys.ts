import type { Tx } from "@/lib/db";
import { isPublicId } from "@/lib/ids/public-id";
import { matchesAny, routePatterns, unprefixedPath } from "@/lib/routes";

// Surrogate keys, as Varnish's xkey, Fastly's Surrogate-Key and Next's cache tags name them:
// every kept page, API answer and cached read records the keys of the content it was built
// from, and every change names the keys it touches, so a change retires only what was built
// from it. `*` stands for everything: a change that names it retires every entry, and an entry
// that records it (a route whose content cannot be named) is retired by any change at all.
//
// - `story:<id>`: one published story with its replies and approved comments (its page, its
//   API answer).
// - `list:all`: the unfiltered list (the home page's latest, /berattelser, /api/v1/stories,
//   the themes' story counts). Every change to a story a reader can see names it, so it is the
//   safe key for any list whose filter cannot be named exactly.
// - `list:tag:<slug>`, `list:kommun:<code>`: a list filtered by theme or municipality.
// - `tags`: the themes' names, slugs and descriptions, shown on every list and story page.
// - `settings`: site settings that show on public pages.
// - `organisations`: the organisations that answer (names, municipalities, contact, active), shown
//   beside their answers and on municipality pages.
// - `facts`: the fact blocks (names, time limits, numbers, addresses) the guide and the
//   municipality pages show to readers.
export const EVERYTHING = "*";

export const contentKeys = {
  story: (id: string) => `story:${id}`,
  allStories: () => "list:all",
  tag: (slug: string) => `list:tag:${slug}`,
  municipality: (code: string) => `list:kommun:${code}`,
  tags: () => "tags",
  settings: () => "settings",
  organisations: () => "organisations",
  facts: () => "facts",
} as const;

export type StoryPlacement = { id: string; tagSlugs: readonly string[]; municipalityCode: string | null };

// Everything a change to one visible story touches: its page, and every list it appears in.
export function storyKeys(story: StoryPlacement): string[] {
  return [
    contentKeys.story(story.id),
    contentKeys.allStories(),
    ...story.tagSlugs.map(contentKeys.tag),
    ...(story.municipalityCode ? [contentKeys.municipality(story.municipalityCode)] : []),
  ];
}

// The keys of a list read (lib/reader/public-reads.ts): a filter names its own list, no filter
// the whole list. Every list shows theme names, and its stories carry their answers under the
// organisations' names (the API). A filter on answers or on who told the story narrows a list
// whose every story change names `list:all` or the story's own theme and municipality lists.
export function listKeys(filter: { tagSlug?: string; municipalityCode?: string } = {}): string[] {
  const keys: string[] = [contentKeys.tags(), contentKeys.organisations()];
  if (filter.tagSlug) keys.push(contentKeys.tag(filter.tagSlug));
  if (filter.municipalityCode) keys.push(contentKeys.municipality(filter.municipalityCode));
  if (!filter.tagSlug && !filter.municipalityCode) keys.push(contentKeys.allStories());
  return keys;
}

// Reads a story's placement inside a change's transaction: the themes and municipality as they
// stand after the change (a publication's final themes), or before it (a withdrawal).
export async function loadStoryKeys(tx: Tx, storyId: string): Promise<string[]> {
  const story = await tx.story.findUnique({
    where: { id: storyId },
    select: { municipalityCode: true, tags: { select: { tag: { select: { slug: true } } } } },
  });
  // A story that is gone cannot be placed: retire every list with it.
  if (!story) return [EVERYTHING];
  return storyKeys({ id: storyId, tagSlugs: story.tags.map(({ tag }) => tag.slug), municipalityCode: story.municipalityCode });
}

type SearchParams = { getAll: (name: string) => string[] };

const nonBlank = (values: string[]) => values.filter((value) => value !== "");

// The list keys of an address's `tagg` and `kommun`, read the way the page and the API read
// them (lib/stories/story-list-query.ts, app/api/v1/story-list-request.ts): a theme by its exact
// slug. Every value of a repeated parameter counts, since the page reads the first and the API
// the last. A municipality may be written many ways (a name, a slug), and resolving it is the
// domain's business, not the cache's: its list is keyed as the whole list, which every change to
// a visible story names, so it is retired more often than needed but never too late.
function listKeysOfQuery(searchParams: SearchParams): string[] {
  const tags = nonBlank(searchParams.getAll("tagg"));
  const places = nonBlank(searchParams.getAll("kommun"));
  if (tags.length === 0 && places.length === 0) return listKeys();
  return [contentKeys.tags(), contentKeys.organisations(), ...tags.map(contentKeys.tag), ...(places.length > 0 ? [contentKeys.allStories()] : [])];
}

function storyKeysOfPath(segment: string | undefined): string[] {
  let id: string;
  try {
    id = decodeURIComponent(segment ?? "");
  } catch {
    return [EVERYTHING];
  }
  // Anything else is answered as unknown and never kept; keyed as unknown all the same.
  return isPublicId(id) ? [contentKeys.story(id), contentKeys.tags(), contentKeys.organisations()] : [EVERYTHING];
}

// The municipality code a page's slug names, or undefined for none. Places are the domain's
// business (lib/municipalities), so the server that builds the page cache hands this in.
export type MunicipalityCodeOfSlug = (slug: string) => string | undefined;

function municipalityKeysOfPath(segment: string | undefined, codeOfSlug: MunicipalityCodeOfSlug | undefined): string[] {
  let slug: string;
  try {
    slug = decodeURIComponent(segment ?? "");
  } catch {
    return [EVERYTHING];
  }
  const code = codeOfSlug?.(slug);
  // An unknown slug is answered 404 and never kept; keyed as unknown all the same, as is every
  // municipality page when no one said how to read a slug.
  if (!code) return [EVERYTHING];
  // Where no organisation answers, the page quotes a fact: how to reach the social services.
  return [contentKeys.municipality(code), contentKeys.organisations(), contentKeys.tags(), contentKeys.facts()];
}

// Which keys a kept page or API answer was built from, from its address: what the route's
// page or handler reads through lib/reader/public-reads.ts. A route not named here gets `*`, so
// it is retired by any change; a new reader route is safe before anyone names its keys.
export function pageKeysOf(requestPath: string, searchParams: SearchParams, codeOfSlug?: MunicipalityCodeOfSlug): string[] {
  // A Finnish or English page is built from the same content as the Swedish one.
  const pathname = unprefixedPath(requestPath);
  if (!matchesAny(routePatterns.readerPages, pathname) && !matchesAny(routePatterns.apiReads, pathname)) return [EVERYTHING];
  // The latest stories and the themes with their story counts.
  if (routePatterns.home.test(pathname) || routePatterns.apiTags.test(pathname)) return [contentKeys.allStories(), contentKeys.tags()];
  // A feed is its list's latest stories, named by the same tagg and kommun.
  if (routePatterns.storyList.test(pathname) || routePatterns.apiStoryList.test(pathname) || routePatterns.feed.test(pathname)) return listKeysOfQuery(searchParams);
  const story = routePatterns.story.exec(pathname) ?? routePatterns.apiStory.exec(pathname);
  if (story) return storyKeysOfPath(story[1]);
  // A municipality's page: its stories and figures (its list, which an answer or change mark on
  // one of its stories names), the organisations answering for it, and theme names on its cards.
  const place = routePatterns.municipality.exec(pathname);
  if (place) return municipalityKeysOfPath(place[1], codeOfSlug);
  // The open statistics: every published story with its replies, and the themes' names.
  if (routePatterns.statistics.test(pathname) || routePatterns.apiStatistics.test(pathname)) return [contentKeys.allStories(), contentKeys.tags()];
  // Configuration only, which changes with a restart; no content.
  if (routePatterns.privacy.test(pathname) || routePatterns.accessibility.test(pathname)) return [contentKeys.settings()];
  // The API's description: its limits and addresses, from configuration.
  if (routePatterns.apiDocs.test(pathname)) return [contentKeys.settings()];
  // The guide: its prose is in the messages, every name, time limit and number a fact.
  if (routePatterns.guide.test(pathname)) return [contentKeys.facts()];
  return [EVERYTHING];
}

// THE SEAM between what readers see and the domain's read functions: pages and the public API
// read through these, never through the domain functions directly, so every public read is
// cached and every cached read is retired by lib/cache/public-change.ts. To serve a new listing
// or search function, wrap it here the same way: a key that names every argument, the content
// keys it reads (lib/cache/content-keys.ts; `*` when unsure), and the call.
import { isPublicId } from "@/lib/ids/public-id";
import { defaultLocale, type Locale } from "@/lib/locales";
import { getPublishedStory } from "@/lib/stories/get-published-story";
import { type ListStoriesOptions, listStories } from "@/lib/stories/list-stories";
import { listTags } from "@/lib/tags/list-tags";
import { listTagsWithCounts } from "@/lib/reader/list-tags-with-counts";
import { countStoryVoices } from "@/lib/reader/count-story-voices";
import { readThroughPublicCache } from "@/lib/cache/public-cache";
import { contentKeys, listKeys } from "@/lib/cache/content-keys";
import { findFactByKey } from "@/lib/facts/find-fact-by-key";
import { listGuideFacts } from "@/lib/guide/list-guide-facts";
import { listAnsweringOrganisations } from "@/lib/municipalities/list-answering-organisations";
import { getMunicipalityFigures } from "@/lib/statistics/municipality-figures";
import { getOpenStatistics } from "@/lib/statistics/get-open-statistics";

// The whole options object is the key, so an option added later can never be left out of it.
// Searches are not cached: a reader's query would then be kept in memory after the answer, and
// /integritet promises that queries are never stored.
export function readStories(options: ListStoriesOptions) {
  if (options.search !== undefined) return listStories(options);
  return readThroughPublicCache(JSON.stringify(["stories", options]), listKeys(options.filter), () => listStories(options));
}

// A malformed id is answered without the database, and is not worth an entry that pushes a
// real one out.
// `locale` (the page's language) names the story's themes; Swedish when not given.
export function readPublishedStory(options: { id: string; locale?: Locale }) {
  if (!isPublicId(options.id)) return getPublishedStory(options);
  // The story's answers appear under their organisations' names and contact addresses.
  return readThroughPublicCache(
    JSON.stringify(["story", options.id, options.locale ?? defaultLocale]),
    [contentKeys.story(options.id), contentKeys.tags(), contentKeys.organisations()],
    () => getPublishedStory(options),
  );
}

// A theme's counts by who told the stories: every change to a story in the theme names its list.
export function readStoryVoices(options: { tagSlug: string; municipalityCode?: string; answered?: true }) {
  return readThroughPublicCache(JSON.stringify(["story-voices", options]), listKeys(options), () => countStoryVoices(options));
}

// Themes named and sorted in the page's language (`locale`; Swedish when not given).
export function readTags({ locale = defaultLocale }: { locale?: Locale } = {}) {
  return readThroughPublicCache(JSON.stringify(["tags", locale]), [contentKeys.tags()], () => listTags({ locale }));
}

export function readTagsWithCounts({ locale = defaultLocale }: { locale?: Locale } = {}) {
  // The counts are of published stories: every change to one names the whole list.
  return readThroughPublicCache(JSON.stringify(["tags-with-counts", locale]), [contentKeys.tags(), contentKeys.allStories()], () => listTagsWithCounts({ locale }));
}

export function readAnsweringOrganisations(options: { municipalityCode: string }) {
  return readThroughPublicCache(JSON.stringify(["answering-organisations", options.municipalityCode]), [contentKeys.organisations()], () => listAnsweringOrganisations(options));
}

// The figures change with the municipality's stories and answers (its list key: an answer or
// mark names its story's keys) and with its organisations. When a month ends they change with
// no change to name; an entry lives at most a minute (lib/cache/public-cache.ts).
export function readMunicipalityFigures(options: { municipalityCode: string }) {
  return readThroughPublicCache(
    JSON.stringify(["municipality-figures", options.municipalityCode]),
    [contentKeys.municipality(options.municipalityCode), contentKeys.organisations()],
    () => getMunicipalityFigures(options),
  );
}

// The open statistics are built from every published story and its replies (every change to a
// visible story names the whole list) and from the themes' names. When a month ends they change
// with no change to name; an entry lives at most a minute.
export function readOpenStatistics(options: { locale: Locale }) {
  return readThroughPublicCache(JSON.stringify(["open-statistics", options.locale]), [contentKeys.allStories(), contentKeys.tags()], () => getOpenStatistics(options));
}

// A fact block shown to readers: every change to a fact names `facts`.
export function readPublicFact(options: { key: string }) {
  return readThroughPublicCache(JSON.stringify(["fact", options.key]), [contentKeys.facts()], () => findFactByKey(options));
}

// The guide's facts in the page's language (Swedish where no translation is written).
export function readGuideFacts(options: { locale: Locale }) {
  return readThroughPublicCache(JSON.stringify(["guide-facts", options.locale]), [contentKeys.facts()], () => listGuideFacts(options));
}

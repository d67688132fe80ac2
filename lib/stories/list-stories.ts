import type { Prisma } from "@/generated/prisma/client";
import type { Locale } from "@/lib/locales";
import { db } from "@/lib/db";
import { countPublicStories } from "./count-public-stories";
import { cursorsFor, readKeysetPage } from "./keyset-page";
import { SEARCH_CANDIDATES, searchStories } from "./search-stories";
import { STORIES_PAGE_SIZE, type StoryFilter } from "./story-list-query";
import { voiceRoles } from "./story-voice";
import { type PublicStory, type SnippetPart, toPublicSnippet, toPublicStory } from "./to-public-story";
import { readerStorySelect, readerStoryWhere } from "./visibility";

export type StoryListItem = PublicStory & { snippet?: SnippetPart[] };

export type StoryListPage = {
  stories: StoryListItem[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
  // Search only: the query matched more stories than are ranked (SEARCH_CANDIDATES).
  totalIsCapped: boolean;
  // Keyset links for the list (null in search results, which page by number).
  previousCursor: string | null;
  nextCursor: string | null;
};

export type ListStoriesOptions = {
  filter?: StoryFilter;
  // Search text already checked by parseSearchText (lib/stories/search-query.ts).
  search?: string;
  page?: number;
  after?: string;
  before?: string;
  pageSize?: number;
  // The reader's page language, for the themes' names (Swedish when not given).
  locale?: Locale;
};

const pagesOf = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

// The one way readers' stories are listed, filtered and searched: /, /berattelser, /sok,
// /api/v1/stories and /api/v1/search all call this, and every story leaves through
// toPublicStory. Published stories only (readerStoryWhere, and the same rule in the search SQL).
export async function listStories(options: ListStoriesOptions = {}): Promise<StoryListPage> {
  const { filter = {}, pageSize = STORIES_PAGE_SIZE } = options;
  const page = Math.max(1, options.page ?? 1);
  const tagId = filter.tagSlug
    ? ((await db.tag.findUnique({ where: { slug: filter.tagSlug }, select: { id: true } }))?.id ?? null)
    : undefined;
  const empty: StoryListPage = {
    stories: [], page, pageSize, total: 0, totalPages: 1, totalIsCapped: false, previousCursor: null, nextCursor: null,
  };
  // A theme that does not exist matches nothing, rather than everything.
  if (tagId === null) return empty;

  if (options.search !== undefined) {
    const offset = (page - 1) * pageSize;
    if (offset >= SEARCH_CANDIDATES) return { ...empty, totalIsCapped: true };
    const { total, hits } = await searchStories({
      text: options.search, tagId, municipalityCode: filter.municipalityCode, answered: filter.answered, voice: filter.voice, offset, limit: pageSize,
    });
    const rows = await db.story.findMany({
      where: { ...readerStoryWhere, id: { in: hits.map((hit) => hit.id) } },
      select: readerStorySelect,
    });
    const byId = new Map(rows.map((row) => [row.id, row]));
    const stories = hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      return row ? [{ ...toPublicStory(row, options.locale), snippet: toPublicSnippet(hit.headline) }] : [];
    });
    const shown = Math.min(total, SEARCH_CANDIDATES);
    return { ...empty, stories, total: shown, totalPages: pagesOf(shown, pageSize), totalIsCapped: total > SEARCH_CANDIDATES };
  }

  const where: Prisma.StoryWhereInput = {
    ...readerStoryWhere,
    ...(tagId ? { tags: { some: { tagId } } } : {}),
    ...(filter.municipalityCode ? { municipalityCode: filter.municipalityCode } : {}),
    ...(filter.answered ? { answered: true } : {}),
    ...(filter.voice ? { authorRole: voiceRoles(filter.voice) } : {}),
  };
  const total = await countPublicStories({ tagId, municipalityCode: filter.municipalityCode, answered: filter.answered, voice: filter.voice });
  const result = await readKeysetPage({ where, total, page, pageSize, after: options.after, before: options.before });
  return {
    ...empty,
    stories: result.rows.map((row) => toPublicStory(row, options.locale)),
    page: result.page,
    total,
    totalPages: pagesOf(total, pageSize),
    ...cursorsFor(result),
  };
}

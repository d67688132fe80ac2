import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SNIPPET_START, SNIPPET_STOP } from "./to-public-story";
import { readerStoryWhere } from "./visibility";

// Ranking reads every match's search vector, so it is bounded: the newest SEARCH_CANDIDATES
// matches are ranked and paged (30 pages of 10). A query that matches more says so ("more than
// 300"). At 100,000 stories, a word in one story of ten took about twice as long with 1,000.
export const SEARCH_CANDIDATES = 300;

const headlineOptions = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchHitRow = { id: string; headline: string };

// Full-text search over published stories with the Swedish configuration: title (weight A)
// before body (B) before published replies and approved comments (C), combined with the theme
// and municipality filters. `text` is already checked by parseSearchText and goes to the
// database only as a bound parameter. It is never stored or logged.
export async function searchStories({
  text,
  tagId,
  municipalityCode,
  offset,
  limit,
}: {
  text: string;
  tagId?: string;
  municipalityCode?: string;
  offset: number;
  limit: number;
}): Promise<{ total: number; hits: SearchHitRow[] }> {
  const byTag = tagId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = s."id" AND st."tagId" = ${tagId})`
    : Prisma.empty;
  const byMunicipality = municipalityCode ? Prisma.sql`AND s."municipalityCode" = ${municipalityCode}` : Prisma.empty;
  // The tsquery is written out where it is used, not kept in a CTE: only then does the planner
  // see the words, estimate how many stories match, and choose between walking the date index
  // (common words) and the GIN index (rare ones). ts_rank reads each match's whole search
  // vector, so it runs only on the capped matches, never on every story that matches.
  const query = Prisma.sql`websearch_to_tsquery('swedish', ${text})`;
  const rows = await db.$queryRaw<{ total: number; id: string | null; headline: string | null }[]>`
    WITH matches AS (
      SELECT s."id", s."publishedAt"
      FROM "Story" s
      WHERE s."status" = ${readerStoryWhere.status}::"StoryStatus" AND s."searchVector" @@ ${query}
        ${byTag} ${byMunicipality}
      ORDER BY s."publishedAt" DESC, s."id" DESC
      LIMIT ${SEARCH_CANDIDATES + 1}
    ),
    page AS (
      SELECT m."id", m."publishedAt", ts_rank(s."searchVector", ${query}) AS rank
      FROM matches m JOIN "Story" s ON s."id" = m."id"
      ORDER BY rank DESC, m."publishedAt" DESC, m."id" DESC
      OFFSET ${offset} LIMIT ${limit}
    )
    SELECT t.total, p."id",
      ts_headline('swedish', translate(s."body", ${SNIPPET_START + SNIPPET_STOP}, ''), ${query}, ${headlineOptions}) AS headline
    FROM (SELECT count(*)::int AS total FROM matches) t
    LEFT JOIN page p ON true
    LEFT JOIN "Story" s ON s."id" = p."id"
    ORDER BY p.rank DESC, p."publishedAt" DESC, p."id" DESC`;
  const total = Number(rows[0]?.total ?? 0);
  const hits = rows.flatMap((row) => (row.id ? [{ id: row.id, headline: row.headline ?? "" }] : []));
  return { total, hits };
}

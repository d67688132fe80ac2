import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SNIPPET_START, SNIPPET_STOP } from "./to-public-story";
import type { StoryVoice } from "./story-list-query";
import { voiceRoleList } from "./story-voice";
import { readerStoryWhere } from "./visibility";

// Ranking reads every match's search vector, so it is bounded: the newest SEARCH_CANDIDATES
// matches are ranked and paged (30 pages of 10). A query that matches more says so ("more than
// 300"). A larger cap costs every common word more (docs/performance.md).
export const SEARCH_CANDIDATES = 300;

// How many of the newest stories the first step reads before it hands over to the planner
// (see findCandidates). Testing a story's search vector costs microseconds, so this bounds the
// first step to tens of milliseconds (docs/performance.md, "Search, query by query").
export const RECENT_WINDOW = 4000;

const headlineOptions = `StartSel=${SNIPPET_START}, StopSel=${SNIPPET_STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchHitRow = { id: string; headline: string };

type SearchOptions = {
  text: string;
  tagId?: string;
  municipalityCode?: string;
  answered?: boolean;
  voice?: StoryVoice;
  offset: number;
  limit: number;
  /** For tests: the cap and the first step's window (SEARCH_CANDIDATES, RECENT_WINDOW). */
  candidates?: number;
  recentWindow?: number;
};

// Full-text search over published stories with the Swedish configuration: title (weight A)
// before body (B) before published replies and approved comments (C), combined with the theme
// and municipality filters. `text` is already checked by parseSearchText and goes to the
// database only as a bound parameter. It is never stored or logged. One statement, one round
// trip: the candidates (see below), their rank, the page and its snippets.
export async function searchStories(options: SearchOptions): Promise<{ total: number; hits: SearchHitRow[] }> {
  const { text, tagId, municipalityCode, answered, voice, offset, limit, candidates = SEARCH_CANDIDATES, recentWindow = RECENT_WINDOW } = options;
  const byTag = tagId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "StoryTag" st WHERE st."storyId" = s."id" AND st."tagId" = ${tagId})`
    : Prisma.empty;
  const byPlace = municipalityCode ? Prisma.sql`AND s."municipalityCode" = ${municipalityCode}` : Prisma.empty;
  // The reader's other filters ride along with the municipality's wherever it is used.
  const byMunicipality = Prisma.sql`${byPlace}
    ${answered ? Prisma.sql`AND s."answered"` : Prisma.empty}
    ${voice ? Prisma.sql`AND s."authorRole"::text IN (${Prisma.join([...voiceRoleList(voice)])})` : Prisma.empty}`;
  const visible = Prisma.sql`s."status" = ${readerStoryWhere.status}::"StoryStatus"`;
  // The tsquery is written out where it is used, not kept in a CTE: only then does the planner
  // see the words and estimate how many stories match.
  const query = Prisma.sql`websearch_to_tsquery('swedish', ${text})`;

  // The newest `candidates + 1` published stories that match (one more than the cap, to tell
  // "exactly 300" from "more").
  //
  // The planner chooses between walking the date index and testing each story (right for
  // common words: the walk stops at the 301st match) and collecting every match from the GIN
  // index (right for rare ones). It chooses by its estimate of how many stories match, and
  // for several words, or a phrase, it multiplies the words' frequencies as if they were
  // independent, so it takes a common phrase for a rare one, chooses the GIN path and tests
  // every match; the walk would have reached the 301st match within a few thousand stories
  // (docs/performance.md has the figures).
  //
  // So for a query of more than one word (numnode > 1, decided once, inside the statement),
  // `recent` walks the newest RECENT_WINDOW stories itself; if more than `candidates` of them
  // match, those are the answer. Otherwise, and for a single word, whose frequency the planner
  // knows, the planner's own choice runs. Each branch runs only when its one-time condition
  // holds.
  const windowed =
    recentWindow > 0
      ? Prisma.sql`
        SELECT w."id", w."publishedAt" FROM (
          SELECT s."id", s."publishedAt", s."searchVector" FROM "Story" s
          WHERE numnode(${query}) > 1 AND ${visible} ${byTag} ${byMunicipality}
          ORDER BY s."publishedAt" DESC, s."id" DESC
          LIMIT ${recentWindow}
        ) w
        WHERE w."searchVector" @@ ${query}
        ORDER BY w."publishedAt" DESC, w."id" DESC
        LIMIT ${candidates + 1}`
      : Prisma.sql`SELECT NULL::text AS "id", NULL::timestamp AS "publishedAt" WHERE false`;

  const rows = await db.$queryRaw<{ total: number; id: string | null; headline: string | null }[]>`
    WITH recent AS (${windowed}),
    matches AS (
      SELECT r."id", r."publishedAt" FROM recent r WHERE (SELECT count(*) FROM recent) > ${candidates}
      UNION ALL
      (SELECT s."id", s."publishedAt"
        FROM "Story" s
        WHERE (SELECT count(*) FROM recent) <= ${candidates}
          AND ${visible} AND s."searchVector" @@ ${query}
          ${byTag} ${byMunicipality}
        ORDER BY s."publishedAt" DESC, s."id" DESC
        LIMIT ${candidates + 1})
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

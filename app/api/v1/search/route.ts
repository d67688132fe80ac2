import type { NextRequest } from "next/server";
import { readStories } from "@/lib/cache/public-reads";
import { storySearchApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { jsonPublicRead, withApiErrors } from "@/lib/http/api-responses";
import { parseStoryListRequest } from "../story-list-request";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=&tagg=&kommun=&page= : published stories matching q, best match first,
// each with a snippet. The query is neither stored nor logged (see /integritet).
export const GET = withApiErrors(async (request: NextRequest) => {
  const parsed = await parseStoryListRequest(storySearchApiQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { q, page } = parsed.data;
  return jsonPublicRead(request, await readStories({ filter: parsed.filter, search: q, page }), { shared: false });
});

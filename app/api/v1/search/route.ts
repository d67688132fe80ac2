import type { NextRequest } from "next/server";
import { listStories } from "@/lib/stories/list-stories";
import { storySearchApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { jsonOk, withApiErrors } from "../responses";
import { parseStoryListRequest } from "../story-list-request";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=&tagg=&kommun=&page= : published stories matching q, best match first,
// each with a snippet. The query is neither stored nor logged (see /integritet).
export const GET = withApiErrors(async (request: NextRequest) => {
  const parsed = await parseStoryListRequest(storySearchApiQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { q, page } = parsed.data;
  return jsonOk(await listStories({ filter: parsed.filter, search: q, page }));
});

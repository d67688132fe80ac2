import type { NextRequest } from "next/server";
import { readStories } from "@/lib/reader/public-reads";
import { storyListCursorApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { refuseOverApiLimit } from "@/lib/rate-limit/refuse-over-api-limit";
import { jsonPublicRead, withApiErrors } from "@/lib/http/api-responses";
import { parseStoryListRequest } from "../story-list-request";

export const dynamic = "force-dynamic";

// GET /api/v1/stories?tagg=&kommun=&besvarade=&av=&page=&after=&before= : published stories, newest
// first, each with its organisations' public answers and change marks.
export const GET = withApiErrors(async (request: NextRequest) => {
  const refused = await refuseOverApiLimit(request);
  if (refused) return refused;
  const parsed = await parseStoryListRequest(storyListCursorApiQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { page, after, before } = parsed.data;
  return jsonPublicRead(request, await readStories({ filter: parsed.filter, page, after, before }));
});

import type { NextRequest } from "next/server";
import { listStories } from "@/lib/stories/list-stories";
import { storyListCursorApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { jsonOk, withApiErrors } from "../responses";
import { parseStoryListRequest } from "../story-list-request";

export const dynamic = "force-dynamic";

// GET /api/v1/stories?tagg=&kommun=&page=&after=&before= : published stories, newest first.
export const GET = withApiErrors(async (request: NextRequest) => {
  const parsed = await parseStoryListRequest(storyListCursorApiQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { page, after, before } = parsed.data;
  return jsonOk(await listStories({ filter: parsed.filter, page, after, before }));
});

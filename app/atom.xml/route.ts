import type { NextRequest } from "next/server";
import { parseStoryListRequest } from "@/app/api/v1/story-list-request";
import { ATOM_CONTENT_TYPE, buildStoryFeed, storyFeedQuerySchema } from "@/lib/feeds/build-story-feed";
import { publicRead, withApiErrors } from "@/lib/http/api-responses";
import { refuseOverApiLimit } from "@/lib/rate-limit/refuse-over-api-limit";

export const dynamic = "force-dynamic";

// GET /atom.xml?tagg=&kommun= : the latest published stories as an Atom feed, all of them or of
// one theme and/or municipality (by slug or code). Answered like the API's reads: an ETag, 304
// when it has not changed, kept by the page cache under the same content keys as the lists
// (lib/cache/content-keys.ts), so a withdrawn story leaves every feed at once. A theme or
// municipality that does not exist: 404.
export const GET = withApiErrors(async (request: NextRequest) => {
  const refused = await refuseOverApiLimit(request);
  if (refused) return refused;
  const parsed = await parseStoryListRequest(storyFeedQuerySchema, request.nextUrl.searchParams, { unknownFilter: "NOT_FOUND" });
  if (!parsed.ok) return parsed.response;
  return publicRead(request, await buildStoryFeed({ filter: parsed.filter }), ATOM_CONTENT_TYPE);
});

import type { NextRequest } from "next/server";
import { readStories } from "@/lib/reader/public-reads";
import { CLIENT_ADDRESS_HEADER } from "@/lib/request/stamp-client-address";
import { storySearchApiQuerySchema } from "@/lib/stories/story-list-api-query";
import { readerSearchKey, runReaderSearch } from "@/lib/stories/run-reader-search";
import { NEVER_STORED, jsonError, jsonNeverStored, withApiErrors } from "@/lib/http/api-responses";
import { parseStoryListRequest } from "../story-list-request";

export const dynamic = "force-dynamic";

// GET /api/v1/search?q=&tagg=&kommun=&page= : published stories matching q, best match first,
// each with a snippet. The query is neither stored nor logged (see /integritet), and no cache
// may keep the answer. A source searching very often gets a 429, and an instance with as many
// searches as it runs at once, and a full queue, a 503: both with Retry-After.
export const GET = withApiErrors(async (request: NextRequest) => {
  const parsed = await parseStoryListRequest(storySearchApiQuerySchema, request.nextUrl.searchParams);
  if (!parsed.ok) return withNeverStored(parsed.response);
  const { q, page } = parsed.data;
  const outcome = await runReaderSearch({
    address: request.headers.get(CLIENT_ADDRESS_HEADER),
    key: readerSearchKey({ search: q, filter: parsed.filter, page }),
    search: () => readStories({ filter: parsed.filter, search: q, page }),
  });
  if (!outcome.ok) {
    const { reason, retryAfterSeconds } = outcome.refusal;
    const retry = { ...NEVER_STORED, "Retry-After": String(retryAfterSeconds) };
    return jsonError(reason === "busy" ? "BUSY" : "RATE_LIMITED", undefined, retry);
  }
  return jsonNeverStored(outcome.value);
});

// A browser keeps a refusal under the address it asked, and that address names the search.
function withNeverStored(response: Response): Response {
  response.headers.set("Cache-Control", NEVER_STORED["Cache-Control"]);
  return response;
}

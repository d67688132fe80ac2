import { readPublishedStory } from "@/lib/reader/public-reads";
import { jsonError, jsonPublicRead, withApiErrors } from "@/lib/http/api-responses";
import { refuseOverApiLimit } from "@/lib/rate-limit/refuse-over-api-limit";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// GET /api/v1/stories/<id> : one published story with its published replies and approved
// comments. Every story a reader may not see answers the same 404.
export const GET = withApiErrors(async (request: Request, context: Context) => {
  const refused = await refuseOverApiLimit(request);
  if (refused) return refused;
  const story = await readPublishedStory({ id: (await context.params).id });
  if (!story) return jsonError("NOT_FOUND");
  return jsonPublicRead(request, { story });
});

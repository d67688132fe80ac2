import { readTagsWithCounts } from "@/lib/reader/public-reads";
import { refuseOverApiLimit } from "@/lib/rate-limit/refuse-over-api-limit";
import { jsonPublicRead, withApiErrors } from "@/lib/http/api-responses";

export const dynamic = "force-dynamic";

// GET /api/v1/tags : every theme with the number of published stories under it.
export const GET = withApiErrors(async (request: Request) => (await refuseOverApiLimit(request)) ?? jsonPublicRead(request, { tags: await readTagsWithCounts() }));

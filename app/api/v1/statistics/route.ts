import { readOpenStatistics } from "@/lib/reader/public-reads";
import { jsonPublicRead, withApiErrors } from "@/lib/http/api-responses";
import { refuseOverApiLimit } from "@/lib/rate-limit/refuse-over-api-limit";
import { statisticsResponseSchema } from "@/lib/statistics/open-statistics-schema";

export const dynamic = "force-dynamic";

// GET /api/v1/statistics : the statistics page's figures (statisticsResponseSchema), the same
// cells hidden by the same rule; theme names in Swedish. Takes no query.
export const GET = withApiErrors(
  async (request: Request) =>
    (await refuseOverApiLimit(request)) ?? jsonPublicRead(request, statisticsResponseSchema.parse(await readOpenStatistics({ locale: "sv" }))),
);

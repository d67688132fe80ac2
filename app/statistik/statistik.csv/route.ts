import { NextResponse } from "next/server";
import { PUBLIC_API_CACHE_CONTROL, entityTag, matchesIfNoneMatch } from "@/lib/cache/http-validators";
import { withApiErrors } from "@/lib/http/api-responses";
import { readOpenStatistics } from "@/lib/reader/public-reads";
import { statisticsCsv } from "@/lib/statistics/statistics-csv";

export const dynamic = "force-dynamic";

// GET /statistik/statistik.csv?sprak=fi|en : the statistics page's cells as a CSV file, its
// headings and words in Swedish unless `sprak` names Finnish or English.
export const GET = withApiErrors(async (request: Request) => {
  const sprak = new URL(request.url).searchParams.get("sprak");
  const locale = sprak === "fi" || sprak === "en" ? sprak : "sv";
  const csv = statisticsCsv({ statistics: await readOpenStatistics({ locale }), locale });
  const headers = {
    "Content-Type": "text/csv; charset=utf-8; header=present",
    "Content-Disposition": 'attachment; filename="statistik.csv"',
    "Cache-Control": PUBLIC_API_CACHE_CONTROL,
    ETag: entityTag(csv),
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), headers.ETag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(csv, { headers });
});

import { listTagsWithCounts } from "@/lib/tags/list-tags-with-counts";
import { jsonOk, withApiErrors } from "../responses";

export const dynamic = "force-dynamic";

// GET /api/v1/tags : every theme with the number of published stories under it.
export const GET = withApiErrors(async () => jsonOk({ tags: await listTagsWithCounts() }));

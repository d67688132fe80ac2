import type { NextRequest } from "next/server";
import { readPublishedStories, readTags } from "@/lib/cache/public-reads";
import { resolveStoryFilter, storyListApiQuerySchema } from "@/lib/stories/story-list-query";
import { apiTranslations, jsonError, jsonPublicRead, withApiErrors } from "../responses";

export const dynamic = "force-dynamic";

// The message keys storyListApiQuerySchema uses, each with a text under Api.queryErrors.
const queryErrorKeys = ["invalidPage", "invalidSlug"] as const;

// GET /api/v1/stories?tagg=&kommun=&page= : published stories, newest first.
export const GET = withApiErrors(async (request: NextRequest) => {
  const t = apiTranslations();
  const parsed = storyListApiQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "query");
      const messageKey = queryErrorKeys.find((known) => known === issue.message);
      fields[key] ??= messageKey ? t(`queryErrors.${messageKey}`) : t("errors.INVALID_QUERY");
    }
    return jsonError(400, "INVALID_QUERY", fields);
  }

  const tags = await readTags();
  const { filter, unknown } = resolveStoryFilter(
    { tagSlug: parsed.data.tagg, municipalitySlug: parsed.data.kommun },
    new Set(tags.map((tag) => tag.slug)),
  );
  if (unknown.length > 0) {
    const fields: Record<string, string> = {};
    if (unknown.includes("tagg")) fields.tagg = t("queryErrors.unknownTag");
    if (unknown.includes("kommun")) fields.kommun = t("queryErrors.unknownMunicipality");
    return jsonError(400, "INVALID_QUERY", fields);
  }

  return jsonPublicRead(request, await readPublishedStories({ filter, page: parsed.data.page }));
});

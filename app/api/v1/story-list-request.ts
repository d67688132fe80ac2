import type { z } from "zod";
import { apiQueryErrorKeys } from "@/lib/stories/story-list-api-query";
import { resolveStoryFilter, type StoryFilter, type StoryVoice } from "@/lib/stories/story-list-query";
import { readTags } from "@/lib/reader/public-reads";
import { apiTranslations, jsonError } from "@/lib/http/api-responses";

type Parsed<T> = { ok: true; data: T; filter: StoryFilter } | { ok: false; response: Response };

// Shared by /api/v1/stories and /api/v1/search: parse the query string with the route's schema
// and resolve tagg/kommun, answering a 400 in the API's error format for any bad value. A feed
// names its theme or municipality in its address, so one that names nothing is not found.
export async function parseStoryListRequest<T extends { tagg?: string; kommun?: string; besvarade?: "1"; av?: StoryVoice }>(
  schema: z.ZodType<T>,
  searchParams: URLSearchParams,
  { unknownFilter = "INVALID_QUERY" }: { unknownFilter?: "INVALID_QUERY" | "NOT_FOUND" } = {},
): Promise<Parsed<T>> {
  const t = apiTranslations();
  const parsed = schema.safeParse(Object.fromEntries(searchParams));
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "query");
      const messageKey = apiQueryErrorKeys.find((known) => known === issue.message);
      fields[key] ??= messageKey ? t(`queryErrors.${messageKey}`) : t("errors.INVALID_QUERY");
    }
    return { ok: false, response: jsonError("INVALID_QUERY", fields) };
  }
  const tags = await readTags();
  const { filter, unknown } = resolveStoryFilter(
    {
      tagSlug: parsed.data.tagg,
      municipalitySlug: parsed.data.kommun,
      answered: parsed.data.besvarade === "1" ? true : undefined,
      voice: parsed.data.av,
    },
    new Set(tags.map((tag) => tag.slug)),
  );
  if (unknown.length > 0 && unknownFilter === "NOT_FOUND") return { ok: false, response: jsonError("NOT_FOUND") };
  if (unknown.length > 0) {
    const fields: Record<string, string> = {};
    if (unknown.includes("tagg")) fields.tagg = t("queryErrors.unknownTag");
    if (unknown.includes("kommun")) fields.kommun = t("queryErrors.unknownMunicipality");
    return { ok: false, response: jsonError("INVALID_QUERY", fields) };
  }
  return { ok: true, data: parsed.data, filter };
}

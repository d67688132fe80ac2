import { db } from "@/lib/db";
import type { StoryVoice } from "./story-list-query";

// The number of stories a reader can see, from the counters the database triggers keep
// (PublicStoryCount, migrations 20261201100000 and 20261205175000): one primary-key read, never a
// count(*). The reader's filters (answered, who told it) are kept as scopes of their own.
export async function countPublicStories({
  tagId,
  municipalityCode,
  answered,
  voice,
}: {
  tagId?: string;
  municipalityCode?: string;
  answered?: boolean;
  voice?: StoryVoice;
}): Promise<number> {
  const [base, key] =
    tagId && municipalityCode
      ? ["tagMunicipality", `${tagId}:${municipalityCode}`]
      : tagId
        ? ["tag", tagId]
        : municipalityCode
          ? ["municipality", municipalityCode]
          : ["total", ""];
  const scope = [base, ...(answered ? ["answered"] : []), ...(voice ? [voice] : [])].join("+");
  const row = await db.publicStoryCount.findUnique({ where: { scope_key: { scope, key } }, select: { count: true } });
  return Math.max(0, row?.count ?? 0);
}

// Every theme's count at once, keyed by tag id.
export async function countPublicStoriesPerTag(): Promise<Map<string, number>> {
  const rows = await db.publicStoryCount.findMany({ where: { scope: "tag" }, select: { key: true, count: true } });
  return new Map(rows.map((row) => [row.key, Math.max(0, row.count)]));
}

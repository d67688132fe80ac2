import { db } from "@/lib/db";

// The number of stories a reader can see, from the counters the database triggers keep
// (PublicStoryCount, migration 20261201100000): one primary-key read, never a count(*).
export async function countPublicStories({
  tagId,
  municipalityCode,
}: {
  tagId?: string;
  municipalityCode?: string;
}): Promise<number> {
  const [scope, key] =
    tagId && municipalityCode
      ? ["tagMunicipality", `${tagId}:${municipalityCode}`]
      : tagId
        ? ["tag", tagId]
        : municipalityCode
          ? ["municipality", municipalityCode]
          : ["total", ""];
  const row = await db.publicStoryCount.findUnique({ where: { scope_key: { scope, key } }, select: { count: true } });
  return Math.max(0, row?.count ?? 0);
}

// Every theme's count at once, keyed by tag id.
export async function countPublicStoriesPerTag(): Promise<Map<string, number>> {
  const rows = await db.publicStoryCount.findMany({ where: { scope: "tag" }, select: { key: true, count: true } });
  return new Map(rows.map((row) => [row.key, Math.max(0, row.count)]));
}

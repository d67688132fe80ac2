import { db } from "@/lib/db";
import { bySwedishName } from "@/lib/text/swedish-collator";

// Unlike the reader's counts, these count every story that uses the theme, whatever its status:
// that is the number that decides whether the theme may be deleted.
export async function listTagsForModeration() {
  const tags = await db.tag.findMany({
    select: { id: true, slug: true, name: true, description: true, _count: { select: { stories: true } } },
  });
  return tags
    .map(({ _count, ...tag }) => ({ ...tag, storyCount: _count.stories }))
    .sort(bySwedishName);
}

export type ModerationTag = Awaited<ReturnType<typeof listTagsForModeration>>[number];

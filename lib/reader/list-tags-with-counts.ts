import { countPublicStoriesPerTag } from "@/lib/stories/count-public-stories";
import type { Locale } from "@/lib/locales";
import { listTags } from "@/lib/tags/list-tags";

export type TagWithCount = { slug: string; name: string; description: string; storyCount: number };

// Every theme with the number of stories a reader can open under it. Themes without
// published stories are included (count 0) so a filter can still name them. The counts come
// from the trigger-kept counters, not from counting stories on each request.
// Named and sorted in the reader's language (Swedish when not given).
export async function listTagsWithCounts(options: { locale?: Locale } = {}): Promise<TagWithCount[]> {
  const [tags, counts] = await Promise.all([listTags(options), countPublicStoriesPerTag()]);
  return tags.map((tag) => ({
    slug: tag.slug,
    name: tag.name,
    description: tag.description,
    storyCount: counts.get(tag.id) ?? 0,
  }));
}

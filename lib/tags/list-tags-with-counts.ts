import { db } from "@/lib/db";
import { readerStoryWhere } from "@/lib/stories/visibility";

export type TagWithCount = { slug: string; name: string; description: string; storyCount: number };

// Every theme with the number of stories a reader can open under it. Themes without
// published stories are included (count 0) so a filter can still name them.
export async function listTagsWithCounts(): Promise<TagWithCount[]> {
  const tags = await db.tag.findMany({
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { stories: { where: { story: readerStoryWhere } } } },
    },
  });
  return tags
    .map((tag) => ({ slug: tag.slug, name: tag.name, description: tag.description, storyCount: tag._count.stories }))
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

import { db } from "@/lib/db";

export async function getTag({ tagId }: { tagId: string }) {
  const tag = await db.tag.findUnique({
    where: { id: tagId },
    select: { id: true, slug: true, name: true, description: true, nameFi: true, nameEn: true, descriptionFi: true, descriptionEn: true, _count: { select: { stories: true } } },
  });
  if (!tag) return null;
  const { _count, ...rest } = tag;
  return { ...rest, storyCount: _count.stories };
}

export type TagForEdit = NonNullable<Awaited<ReturnType<typeof getTag>>>;

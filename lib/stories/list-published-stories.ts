import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { type StoryFilter, STORIES_PAGE_SIZE } from "./story-list-query";
import { type PublicStory, toPublicStory } from "./to-public-story";
import { readerStorySelect, readerStoryWhere } from "./visibility";

export type PublishedStoryPage = {
  stories: PublicStory[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
};

// Newest first; the id breaks ties so that pages never repeat or skip a story.
export async function listPublishedStories({
  filter = {},
  page = 1,
  pageSize = STORIES_PAGE_SIZE,
}: {
  filter?: StoryFilter;
  page?: number;
  pageSize?: number;
}): Promise<PublishedStoryPage> {
  const where: Prisma.StoryWhereInput = {
    ...readerStoryWhere,
    ...(filter.tagSlug ? { tags: { some: { tag: { slug: filter.tagSlug } } } } : {}),
    ...(filter.municipalityCode ? { municipalityCode: filter.municipalityCode } : {}),
  };
  const [total, rows] = await Promise.all([
    db.story.count({ where }),
    db.story.findMany({
      where,
      select: readerStorySelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return {
    stories: rows.map(toPublicStory),
    page,
    pageSize,
    total,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

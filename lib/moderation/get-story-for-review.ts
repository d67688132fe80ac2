import { db } from "@/lib/db";

// Everything a moderator needs to decide on a story, including what the author originally sent
// and every reply (published or not). Moderator pages only: never hand this to a reader.
export function getStoryForReview({ storyId }: { storyId: string }) {
  return db.story.findUnique({
    where: { id: storyId },
    select: {
      version: true,
      id: true,
      status: true,
      title: true,
      body: true,
      originalTitle: true,
      originalBody: true,
      originalErasedAt: true,
      authorRole: true,
      language: true,
      municipalityCode: true,
      rejectionReason: true,
      createdAt: true,
      urgent: true,
      safetyFlags: true,
      publishedAt: true,
      decidedAt: true,
      tags: { select: { tag: { select: { id: true, name: true } } } },
      replies: {
        select: { id: true, body: true, publishedAt: true, createdAt: true, template: { select: { title: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

export type StoryForReview = NonNullable<Awaited<ReturnType<typeof getStoryForReview>>>;

import { db } from "@/lib/db";

const PAGE_SIZE = 50;

// Oldest first, like the story queue, with the story title for context.
export function listPendingComments({ take = PAGE_SIZE }: { take?: number } = {}) {
  return db.comment.findMany({
    where: { status: "PENDING" },
    orderBy: { createdAt: "asc" },
    take,
    select: { id: true, body: true, createdAt: true, byStoryAuthor: true, story: { select: { id: true, title: true } } },
  });
}

export type PendingComment = Awaited<ReturnType<typeof listPendingComments>>[number];

import { awaitingDecisionCommentWhere } from "@/lib/comments/comment-status";
import { db } from "@/lib/db";

const PAGE_SIZE = 50;

// Oldest first, like the story queue, with the story title for context. The id breaks ties so
// the order is the same on every load. The one list of comments to decide: /mod/kommentarer
// shows it, and the queue on /mod shows its count with a link there.
export function listPendingComments({ take = PAGE_SIZE }: { take?: number } = {}) {
  return db.comment.findMany({
    where: awaitingDecisionCommentWhere,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
    select: { id: true, body: true, createdAt: true, byStoryAuthor: true, story: { select: { id: true, title: true } } },
  });
}

export type PendingComment = Awaited<ReturnType<typeof listPendingComments>>[number];

import { db } from "@/lib/db";
import { awaitingDecisionWhere, isAwaitingColleague } from "@/lib/stories/story-status";
import { isOverdue } from "./is-overdue";

export type QueueCounts = { stories: number; urgent: number; overdue: number; awaitingColleague: number; comments: number };

// The numbers in the moderator menu: what waits, what is urgent, what has waited more than one
// working day (Swedish calendar), what waits for a colleague's approval, and the comments to
// decide. The overdue count reads the
// waiting stories' arrival times, a few hundred at most on a busy day.
export async function countQueue(now: Date = new Date()): Promise<QueueCounts> {
  const [waiting, comments] = await Promise.all([
    db.story.findMany({ where: awaitingDecisionWhere, select: { urgent: true, createdAt: true, status: true } }),
    db.comment.count({ where: { status: "PENDING" } }),
  ]);
  return {
    stories: waiting.length,
    urgent: waiting.filter((story) => story.urgent).length,
    overdue: waiting.filter((story) => isOverdue(story.createdAt, now)).length,
    awaitingColleague: waiting.filter((story) => isAwaitingColleague(story.status)).length,
    comments,
  };
}

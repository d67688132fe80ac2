import { cache } from "react";
import { countAnswerQueue } from "@/lib/answers/list-answer-queue";
import { awaitingDecisionCommentWhere } from "@/lib/comments/comment-status";
import { db } from "@/lib/db";
import { countUnhandledSiteFeedback } from "@/lib/site-feedback/list-site-feedback";
import { awaitingDecisionWhere, isAwaitingColleague } from "@/lib/stories/story-status";
import { isOverdue } from "./is-overdue";

export type QueueCounts = {
  stories: number;
  pending: number;
  urgent: number;
  overdue: number;
  awaitingColleague: number;
  comments: number;
  // Organisations' answers with something waiting (the answer, a change mark, or on the fast
  // track a review afterwards), one per answer as the queue lists them.
  answers: number;
  // Messages from the accessibility statement's form no moderator has marked handled.
  siteFeedback: number;
};

// The one count of what waits for a moderator. The menu shows it, the queue shows its comments,
// and /mod/statistik its backlog, so the three can never disagree: the stories no decision has
// been made on (new ones, `pending`, and those waiting for a colleague's approval), the urgent
// ones, those that have waited more than one working day (Swedish calendar), and the comments to
// decide. The overdue count reads the waiting stories' arrival times, a few hundred at most on a
// busy day.
export async function countQueue(now: Date = new Date()): Promise<QueueCounts> {
  const [waiting, comments, answers, siteFeedback] = await Promise.all([
    db.story.findMany({ where: awaitingDecisionWhere, select: { urgent: true, createdAt: true, status: true } }),
    db.comment.count({ where: awaitingDecisionCommentWhere }),
    countAnswerQueue(),
    countUnhandledSiteFeedback(),
  ]);
  const awaitingColleague = waiting.filter((story) => isAwaitingColleague(story.status)).length;
  return {
    stories: waiting.length,
    pending: waiting.length - awaitingColleague,
    urgent: waiting.filter((story) => story.urgent).length,
    overdue: waiting.filter((story) => isOverdue(story.createdAt, now)).length,
    awaitingColleague,
    comments,
    answers,
    siteFeedback,
  };
}

// The moderators' layout (the menu) and the queue page both show the count, in one request: React's
// request cache lets them share one count instead of asking the database twice.
export const countQueueForRequest = cache(() => countQueue());

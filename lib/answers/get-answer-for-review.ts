import { db } from "@/lib/db";

// What the review page of an answer shows a moderator: the story as readers read it, the answer
// with its organisation (never the responder who wrote it: the answer is the organisation's),
// every change mark in the order it was made, and the history of decisions on them all from the
// audit log, which holds a colleague's comments on a prepared publication too.
export async function getAnswerForReview(answerId: string) {
  const answer = await db.answer.findUnique({
    where: { id: answerId },
    select: {
      id: true,
      body: true,
      status: true,
      version: true,
      submittedAt: true,
      publishedAt: true,
      reviewedAt: true,
      takenDownAt: true,
      moderatorComment: true,
      preparedById: true,
      preparedAt: true,
      preparedBy: { select: { name: true } },
      story: { select: { id: true, title: true, body: true, status: true } },
      organisation: { select: { id: true, name: true, fastTrack: true } },
      marks: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          description: true,
          markedOn: true,
          status: true,
          version: true,
          createdAt: true,
          publishedAt: true,
          reviewedAt: true,
          moderatorComment: true,
          preparedById: true,
          preparedAt: true,
          preparedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!answer) return null;
  const history = await db.auditLog.findMany({
    where: { OR: [{ targetType: "answer", targetId: answer.id }, { targetType: "changeMark", targetId: { in: answer.marks.map((mark) => mark.id) } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, action: true, targetType: true, targetId: true, reason: true, createdAt: true, moderator: { select: { name: true } } },
  });
  return { ...answer, history: history.map((entry) => ({ ...entry, moderatorName: entry.moderator?.name ?? null })) };
}

export type AnswerForReview = NonNullable<Awaited<ReturnType<typeof getAnswerForReview>>>;

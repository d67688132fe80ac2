import { loadStoryKeys } from "@/lib/cache/content-keys";
import { type PublicTx, markTouched } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { readerStoryWhere } from "@/lib/stories/visibility";

const waiting = ["PENDING", "AWAITING_REVIEW"] as const;

// Makes a waiting answer public with the change marks that wait with it, and names the story's
// content keys. Shared by the fast track (no moderator: reviewedAt stays null until a moderator
// reviews it afterwards) and a moderator's decision (which is the review). Audit rows are the
// caller's: the caller knows why it published.
export async function applyAnswerPublication(
  tx: PublicTx,
  { answerId, now, moderatorId }: { answerId: string; now: Date; moderatorId: string | null },
): Promise<{ storyId: string; organisationId: string; markIds: string[] }> {
  const answer = await tx.answer.findUnique({ where: { id: answerId }, select: { storyId: true, organisationId: true, story: { select: { status: true } } } });
  if (!answer) throw new AppError("NOT_FOUND", "answer not found");
  // An answer is public only beside a public story.
  if (answer.story.status !== readerStoryWhere.status) throw new AppError("INVALID_STATE", "story is not published");
  const decision = moderatorId ? { decidedAt: now, decidedById: moderatorId, reviewedAt: now } : { decidedAt: null, decidedById: null, reviewedAt: null };
  const updated = await tx.answer.updateMany({
    where: { id: answerId, status: { in: [...waiting] } },
    data: { status: "PUBLISHED", publishedAt: now, moderatorComment: null, ...decision },
  });
  if (updated.count !== 1) throw new AppError("INVALID_STATE", "answer was decided or changed meanwhile");
  const marks = await tx.changeMark.findMany({ where: { answerId, status: { in: [...waiting] } }, select: { id: true } });
  if (marks.length > 0) {
    await tx.changeMark.updateMany({
      where: { id: { in: marks.map(({ id }) => id) } },
      data: { status: "PUBLISHED", publishedAt: now, moderatorComment: null, ...decision },
    });
  }
  markTouched(tx, await loadStoryKeys(tx, answer.storyId));
  return { storyId: answer.storyId, organisationId: answer.organisationId, markIds: marks.map(({ id }) => id) };
}

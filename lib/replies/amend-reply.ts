import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { publicContentTransaction } from "@/lib/cache/public-change";
import { AppError } from "@/lib/errors/app-error";
import { assertGuardedUpdate } from "@/lib/stories/story-status";
import { readerReplyWhere, readerStoryWhere } from "@/lib/stories/visibility";

// A moderator corrects a published reply, e.g. after a fact it quotes has changed. Only a reply
// readers can see (published, on a published story) may be amended: a withdrawn or pending
// story's reply is not the public record to correct. Readers see "Uppdaterat <datum>" beside
// it; the audit row keeps the text before and after.
export async function amendReply({ replyId, moderatorId, body, now = new Date() }: { replyId: string; moderatorId: string; body: string; now?: Date }) {
  return publicContentTransaction(async (tx) => {
    const current = await tx.reply.findUnique({ where: { id: replyId }, select: { body: true, storyId: true } });
    if (!current) throw new AppError("NOT_FOUND", "reply not found");
    if (current.body === body) return { changed: false };
    const updated = await tx.reply.updateMany({
      where: { id: replyId, ...readerReplyWhere, story: readerStoryWhere },
      data: { body, amendedAt: now, amendedById: moderatorId },
    });
    assertGuardedUpdate(updated, "only a published reply on a published story can be amended");
    // Logged on the story, so that erasing the story erases this copy of the reply's text too.
    await writeAuditLog(tx, {
      moderatorId,
      action: "reply.amend",
      targetType: "story",
      targetId: current.storyId,
      before: { replyId, body: current.body },
      after: { replyId, body },
    });
    return { changed: true };
  });
}

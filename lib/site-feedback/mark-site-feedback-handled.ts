import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

// Marks one message handled, with its audit row in the same transaction. The update is guarded
// on the message still being unhandled, so two moderators clicking at once log it once.
export async function markSiteFeedbackHandled({ feedbackId, moderatorId, now = new Date() }: { feedbackId: string; moderatorId: string; now?: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const updated = await tx.siteFeedback.updateMany({ where: { id: feedbackId, handledAt: null }, data: { handledAt: now } });
    if (updated.count === 0) {
      const exists = await tx.siteFeedback.findUnique({ where: { id: feedbackId }, select: { id: true } });
      throw exists ? new AppError("INVALID_STATE", "site feedback already handled") : new AppError("NOT_FOUND", "site feedback not found");
    }
    await writeAuditLog(tx, {
      moderatorId,
      action: "site_feedback.handle",
      targetType: "siteFeedback",
      targetId: feedbackId,
      before: { handled: false },
      after: { handled: true },
    });
  });
}

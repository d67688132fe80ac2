import type { AnswerStatus } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// The statuses in which an answer or a change mark waits for a moderator's decision.
export const waitingStatuses = ["PENDING", "AWAITING_REVIEW"] as const satisfies readonly AnswerStatus[];

export const isWaiting = (status: AnswerStatus) => (waitingStatuses as readonly AnswerStatus[]).includes(status);

// A decision names the version the moderator's page showed. The organisation may have changed
// its text since (or a colleague decided): the decision is then refused, never applied to a text
// the moderator did not read.
export function assertVersion(current: number, shown: number): void {
  if (current !== shown) throw new AppError("STALE_VERSION", `answer or mark is at version ${current}, not ${shown}`);
}

export function assertStatus(status: AnswerStatus, allowed: readonly AnswerStatus[]): void {
  if (!allowed.includes(status)) throw new AppError("INVALID_STATE", `not allowed in ${status}`);
}

// A guarded write that found no row: someone changed the row between the read and the write.
export function assertWritten(updated: { count: number }): void {
  if (updated.count !== 1) throw new AppError("STALE_VERSION", "answer or mark changed meanwhile");
}

export type DecisionStep = { moderatorId: string; version: number; now?: Date };

// A send-back, rejection or take-down carries a reason; the schema checks its length, this that
// a direct caller cannot skip it.
export function requiredComment(comment: string): string {
  const trimmed = comment.trim();
  if (!trimmed) throw new AppError("INVALID_INPUT", { field: "comment", key: "commentTooShort", message: "a comment is required" });
  return trimmed;
}

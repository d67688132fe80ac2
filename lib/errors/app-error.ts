// One error type for expected failures in the domain layer. `code` maps to a Swedish message
// in messages/sv/common.json under Common.errors, so users never see internals.
export const appErrorCodes = [
  "NOT_FOUND",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "INVALID_STATE",
  "CONFLICT",
  "INVALID_INPUT",
  "STAFF_THREAT",
  // A save that started from an older version of the story than the one stored.
  "STALE_VERSION",
  // Colleague review is in force: a moderator prepares a decision and a colleague approves it.
  "REVIEW_REQUIRED",
  // The moderator who prepared a decision cannot approve it, whatever their role.
  "OWN_DECISION",
  // A colleague is working on the story (a live claim); take it over first.
  "CLAIMED",
  // A reply's amendment waiting for a colleague no longer fits: the reply, or the amendment,
  // changed since it was prepared or since the approver's page was loaded.
  "STALE_AMENDMENT",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

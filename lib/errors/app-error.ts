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

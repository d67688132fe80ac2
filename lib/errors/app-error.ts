// The one list of failure codes, each with the HTTP status it stands for (documenso's
// `packages/lib/errors/app-error.ts` pattern). Actions, the API and the login all speak these
// codes, so a new code is added here once and a misspelt one does not compile. A code that can
// reach a form has its Swedish text under Common.errors in messages/sv/common.json (a test checks);
// the API's codes have theirs under Api.errors.
export const failureCodes = {
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  INVALID_STATE: 409,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  STAFF_THREAT: 422,
  // A save that started from an older version of the story than the one stored.
  STALE_VERSION: 409,
  // Colleague review is in force: a moderator prepares a decision and a colleague approves it.
  REVIEW_REQUIRED: 409,
  // The moderator who prepared a decision cannot approve it, whatever their role.
  OWN_DECISION: 403,
  // A colleague is working on the story (a live claim); take it over first.
  CLAIMED: 409,
  // A reply's amendment waiting for a colleague no longer fits: the reply, or the amendment,
  // changed since it was prepared or since the approver's page was loaded.
  STALE_AMENDMENT: 409,
  // Whatever the code did not expect; only the error's name is logged (log-failure.ts).
  UNEXPECTED: 500,
  // The public forms' screen (lib/abuse/screen-submission.ts) and the rate limits.
  PROOF_MISSING: 400,
  PROOF_INVALID: 400,
  PROOF_REPLAYED: 400,
  RATE_LIMITED: 429,
  // The public API and the request screen (lib/security/).
  INVALID_QUERY: 400,
  INVALID_BODY: 400,
  BODY_TOO_LARGE: 413,
  CROSS_ORIGIN: 403,
  METHOD_NOT_ALLOWED: 405,
  BUSY: 503,
  INTERNAL: 500,
  // The login, through next-auth (lib/auth/login-errors.ts): a pause that grows with failures,
  // and an account whose second factor is locked after too many wrong codes.
  LOGIN_SLOWED: 429,
  SECOND_FACTOR_LOCKED: 429,
} as const satisfies Record<string, number>;

export type FailureCode = keyof typeof failureCodes;

// Codes only the API, the request screen (texts under Api.errors) or the login form (its own
// texts) answer with. Every other code can reach a form and has a text under Common.errors.
export const codesBeyondForms = [
  "INVALID_QUERY",
  "INVALID_BODY",
  "BODY_TOO_LARGE",
  "CROSS_ORIGIN",
  "METHOD_NOT_ALLOWED",
  "BUSY",
  "INTERNAL",
  "LOGIN_SLOWED",
  "SECOND_FACTOR_LOCKED",
] as const satisfies readonly FailureCode[];

export const formFailureCodes = (Object.keys(failureCodes) as FailureCode[]).filter(
  (code) => !(codesBeyondForms as readonly FailureCode[]).includes(code),
);

// The codes the domain layer throws; the rest belong to the wrappers, the API and the login.
export type AppErrorCode = Exclude<FailureCode, (typeof codesBeyondForms)[number] | "UNEXPECTED" | "PROOF_MISSING" | "PROOF_INVALID" | "PROOF_REPLAYED">;

export function isFailureCode(value: unknown): value is FailureCode {
  return typeof value === "string" && Object.hasOwn(failureCodes, value);
}

// A failure may name the field it belongs to and a message key for that field (a key in the
// form's own namespace, e.g. TwoFactor.errors); the action wrappers turn it into a field error.
// A plain string is a message for the logs only, never shown.
export type AppErrorOptions = { field?: string; key?: string; message?: string };

// One error type for expected failures in the domain layer. `code` maps to a Swedish message
// under Common.errors, so users never see internals.
export class AppError extends Error {
  readonly field?: string;
  readonly key?: string;

  constructor(
    readonly code: AppErrorCode,
    detail: string | AppErrorOptions = {},
  ) {
    const options = typeof detail === "string" ? { message: detail } : detail;
    super(options.message ?? code);
    this.name = "AppError";
    this.field = options.field;
    this.key = options.key;
  }

  get status(): number {
    return failureCodes[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

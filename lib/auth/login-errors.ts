import type { FailureCode } from "@/lib/errors/app-error";

// next-auth passes a thrown error's message to the login form as `error`. The messages are
// failure codes from the one list (lib/errors/app-error.ts), so a misspelt one does not
// compile. Kept apart from the server code so the form can import it.
type LoginFailureCode = Extract<FailureCode, "RATE_LIMITED" | "LOGIN_SLOWED" | "SECOND_FACTOR_LOCKED">;
const loginFailure = <Code extends LoginFailureCode>(code: Code) => code;

export const LOGIN_RATE_LIMITED = loginFailure("RATE_LIMITED");
// Followed by the seconds to wait, e.g. "LOGIN_SLOWED-40".
export const LOGIN_SLOWED = `${loginFailure("LOGIN_SLOWED")}-` as const;
// Followed by the seconds until the account's second factor opens again. Only ever sent to
// someone who gave the right password.
export const LOGIN_SECOND_FACTOR_LOCKED = `${loginFailure("SECOND_FACTOR_LOCKED")}-` as const;

export function slowedSeconds(error: string | null | undefined): number | null {
  return secondsAfter(LOGIN_SLOWED, error);
}

export function secondFactorLockedSeconds(error: string | null | undefined): number | null {
  return secondsAfter(LOGIN_SECOND_FACTOR_LOCKED, error);
}

function secondsAfter(prefix: string, error: string | null | undefined): number | null {
  if (!error?.startsWith(prefix)) return null;
  const seconds = Number(error.slice(prefix.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

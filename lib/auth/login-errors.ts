// next-auth passes a thrown error's message to the login form as `error`. Kept apart from the
// server code so the form can import it.
export const LOGIN_RATE_LIMITED = "RateLimited";
// Followed by the seconds to wait, e.g. "Slowed-40".
export const LOGIN_SLOWED = "Slowed-";
// Followed by the seconds until the account's second factor opens again. Only ever sent to
// someone who gave the right password.
export const LOGIN_SECOND_FACTOR_LOCKED = "SecondFactorLocked-";

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

// next-auth passes a thrown error's message to the login form as `error`. Kept apart from the
// server code so the form can import it.
export const LOGIN_RATE_LIMITED = "RateLimited";
// Followed by the seconds to wait, e.g. "Slowed-40".
export const LOGIN_SLOWED = "Slowed-";

export function slowedSeconds(error: string | null | undefined): number | null {
  if (!error?.startsWith(LOGIN_SLOWED)) return null;
  const seconds = Number(error.slice(LOGIN_SLOWED.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

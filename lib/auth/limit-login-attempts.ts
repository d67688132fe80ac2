import { canonicalAccountKey } from "./account-key";
import { limitAccountAttempts } from "./limit-account-attempts";
import { LOGIN_RATE_LIMITED, LOGIN_SLOWED } from "./login-errors";

// Wraps a login so that guessing a password or a code is slow (see limit-account-attempts.ts).
// The account is counted under the same canonical key the login looks up (loginSchema), so no
// spelling of an address (padded, capitals, full-width) escapes its counters.
export async function limitLoginAttempts<T>(credentials: unknown, authenticate: () => Promise<T | null>): Promise<T | null> {
  const outcome = await limitAccountAttempts({ account: accountOf(credentials), attempt: authenticate });
  if (outcome.status === "limited") throw new Error(LOGIN_RATE_LIMITED);
  if (outcome.status === "slowed") throw new Error(`${LOGIN_SLOWED}${outcome.retryAfterSeconds}`);
  return outcome.result;
}

function accountOf(credentials: unknown): string | null {
  const email = (credentials as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string") return null;
  const key = canonicalAccountKey(email);
  return key === "" ? null : key;
}

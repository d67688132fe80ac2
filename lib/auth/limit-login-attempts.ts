import { accountEmailWithinLimit, canonicalAccountKey } from "@/lib/text/account-key";
import type { LoginCheck, SessionModerator } from "./authenticate-moderator";
import { issueDeviceCookie, readDeviceCookie } from "./device-cookie";
import { type AttemptVerdict, limitAccountAttempts } from "./limit-account-attempts";
import { LOGIN_RATE_LIMITED, LOGIN_SECOND_FACTOR_LOCKED, LOGIN_SLOWED } from "./login-errors";

// Wraps a login so that guessing a password or a code is slow (see limit-account-attempts.ts).
// The account is counted under the same canonical key the login looks up (loginSchema), so no
// spelling of an address (padded, capitals, full-width) escapes its counters. A browser that
// logs in gets a device cookie for the account, which exempts it from the pace others' guesses
// cause (device-cookie.ts).
export async function limitLoginAttempts(
  credentials: unknown,
  authenticate: () => Promise<LoginCheck>,
  { secure }: { secure: boolean },
): Promise<SessionModerator | null> {
  const account = accountOf(credentials);
  const device = account ? await readDeviceCookie({ account }) : null;
  const outcome = await limitAccountAttempts({ account, device, attempt: authenticate, verdict: loginVerdict });
  if (outcome.status === "limited") throw new Error(LOGIN_RATE_LIMITED);
  if (outcome.status === "slowed") throw new Error(`${LOGIN_SLOWED}${outcome.retryAfterSeconds}`);
  const check = outcome.result;
  if (check.status === "code-locked") {
    // Only reached with the right password, so nothing new is told to someone guessing it.
    const seconds = Math.max(1, Math.ceil((check.until.getTime() - Date.now()) / 1000));
    throw new Error(`${LOGIN_SECOND_FACTOR_LOCKED}${seconds}`);
  }
  if (check.status !== "ok") return null;
  await issueDeviceCookie({ account: check.moderator.email, secure });
  return check.moderator;
}

function loginVerdict(check: LoginCheck): AttemptVerdict {
  if (check.status === "ok") return "success";
  if (check.status === "code-failed") return "password-right";
  if (check.status === "code-locked") return "unchecked";
  return "failure";
}

function accountOf(credentials: unknown): string | null {
  const email = (credentials as { email?: unknown } | undefined)?.email;
  // Too long to be an address: counted per source only, and never normalised (account-key.ts).
  if (typeof email !== "string" || !accountEmailWithinLimit(email)) return null;
  const key = canonicalAccountKey(email);
  return key === "" ? null : key;
}

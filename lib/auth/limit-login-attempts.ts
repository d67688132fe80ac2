import { forgiveRateLimitHit } from "@/lib/rate-limit/forgive-rate-limit-hit";
import { hitClientRateLimit } from "@/lib/rate-limit/hit-client-rate-limit";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitRule } from "@/lib/rate-limit/rules";
import { LOGIN_RATE_LIMITED } from "./login-errors";

// Wraps a login so that guessing is slow: failed attempts are counted per account (against
// guessing one password) and per source (against trying many accounts). Each attempt is counted
// before the password is checked, so the check is atomic; a correct login takes its counts back,
// so a moderator who logs in often is never locked out by their own successes.
export async function limitLoginAttempts<T>(credentials: unknown, authenticate: () => Promise<T | null>): Promise<T | null> {
  const source = await hitClientRateLimit({ bucket: "login-source" });
  const accountRule = rateLimitRule("login-account");
  const email = accountOf(credentials);
  const account = email ? await hitRateLimit({ rule: accountRule, subject: { kind: "account", value: email } }) : null;
  if (!source.allowed || (account && !account.allowed)) throw new Error(LOGIN_RATE_LIMITED);

  const user = await authenticate();
  if (user) {
    await forgiveRateLimitHit({ rule: rateLimitRule("login-source"), hit: source });
    if (account) await forgiveRateLimitHit({ rule: accountRule, hit: account });
  }
  return user;
}

function accountOf(credentials: unknown): string | null {
  const email = (credentials as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() !== "" && email.length <= 320 ? email : null;
}

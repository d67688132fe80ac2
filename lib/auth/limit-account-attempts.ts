import { clientAddress } from "@/lib/request/client-address";
import { forgiveRateLimitHit } from "@/lib/rate-limit/forgive-rate-limit-hit";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { rateLimitRule } from "@/lib/rate-limit/rules";
import { loginPaceSeconds } from "./login-pace";

export type AttemptOutcome<T> =
  | { status: "done"; result: T }
  | { status: "limited" }
  | { status: "slowed"; retryAfterSeconds: number };

// Every attempt to prove who one is (password or code, at login and when two-factor login is
// switched on or off) goes through here. Counted before the check, so concurrent guesses
// cannot slip past; a success takes its counts back, so only failures use up an allowance.
// - per source (any account): a hard limit against one address trying many accounts;
// - per account and source: a hard limit against one address guessing one account;
// - per account from all sources: never a lock, only a pause between attempts that grows with
//   the failures (lib/auth/login-pace.ts). Many addresses guessing together are slowed down,
//   yet cannot lock the real moderator out: their own address gets its first try at once.
// `account` is the canonical key (lib/auth/account-key.ts), or null when the input names none.
export async function limitAccountAttempts<T>({
  account,
  attempt,
  succeeded = (result) => Boolean(result),
}: {
  account: string | null;
  attempt: () => Promise<T>;
  succeeded?: (result: T) => boolean;
}): Promise<AttemptOutcome<T>> {
  const address = (await clientAddress()) ?? "unknown";
  const sourceRule = rateLimitRule("login-source");
  const pairRule = rateLimitRule("login-pair");
  const accountRule = rateLimitRule("login-account");
  const source = await hitRateLimit({ rule: sourceRule, subject: { kind: "address", value: address } });
  const pair = account ? await hitRateLimit({ rule: pairRule, subject: { kind: "account-source", value: account, address } }) : null;
  if (!source.allowed || (pair && !pair.allowed)) return { status: "limited" };

  const onAccount = account ? await hitRateLimit({ rule: accountRule, subject: { kind: "account", value: account } }) : null;
  const pause = onAccount ? loginPaceSeconds({ failures: onAccount.count - 1, allowance: accountRule.limit }) : 0;
  if (account && onAccount && pause > 0) {
    const paceRule = { ...rateLimitRule("login-pace"), windowMs: pause * 1000 };
    const now = new Date();
    const paced = await hitRateLimit({ rule: paceRule, subject: { kind: "account-source", value: account, address, tag: `${pause}` }, now });
    if (!paced.allowed) {
      // Not a guess: refused before any check, so it does not lengthen the pause.
      await forgiveRateLimitHit({ rule: accountRule, hit: onAccount });
      const retryAfterSeconds = Math.max(1, Math.ceil((paced.windowStart.getTime() + pause * 1000 - now.getTime()) / 1000));
      return { status: "slowed", retryAfterSeconds };
    }
  }

  const result = await attempt();
  if (succeeded(result)) {
    await forgiveRateLimitHit({ rule: sourceRule, hit: source });
    if (pair) await forgiveRateLimitHit({ rule: pairRule, hit: pair });
    if (onAccount) await forgiveRateLimitHit({ rule: accountRule, hit: onAccount });
  }
  return { status: "done", result };
}

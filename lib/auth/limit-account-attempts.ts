import { clientAddress } from "@/lib/request/client-address";
import { forgiveRateLimitHit } from "@/lib/rate-limit/forgive-rate-limit-hit";
import { hitRateLimit, type RateLimitOutcome } from "@/lib/rate-limit/hit-rate-limit";
import { type RateLimitRule, rateLimitRule } from "@/lib/rate-limit/rules";
import { loginPaceSeconds } from "./login-pace";

export type AttemptOutcome<T> =
  | { status: "done"; result: T }
  | { status: "limited" }
  | { status: "slowed"; retryAfterSeconds: number };

// What an attempt's result means for the counters:
// - "success": every count is taken back, so only failures use up an allowance;
// - "failure": every count stands;
// - "password-right": the password was right and what followed failed (a wrong code, counted
//   per account in limit-second-factor.ts): not a password guess, so the account-wide password
//   counters take it back; the per-address ones keep it;
// - "unchecked": refused before anything but the password was checked: taken back like a success.
export type AttemptVerdict = "success" | "failure" | "password-right" | "unchecked";

// Every attempt to prove who one is (password or code, at login and when two-factor login is
// switched on or off) goes through here. Counted before the check, so concurrent guesses
// cannot slip past. Following OWASP's device cookies, a browser is either known or unknown:
// - known (it holds a valid device cookie for this account, lib/auth/device-cookie.ts): only
//   its own small allowance counts, so nobody else's guesses ever slow the moderator down;
// - unknown: a hard limit per address (any account), a hard limit per account and address, and
//   per account from all unknown browsers together one attempt per pause, a pause that doubles
//   as password failures grow (login-pace.ts). A botnet, each guess from a new address, gets
//   no more guesses than one address would.
// Addresses are counted by their group (an IPv6 /64 is one; lib/rate-limit/source-group.ts).
// `account` is the canonical key (lib/text/account-key.ts), or null when the input names none.
export async function limitAccountAttempts<T>({
  account,
  attempt,
  succeeded = (result) => Boolean(result),
  verdict = (result) => (succeeded(result) ? "success" : "failure"),
  device = null,
}: {
  account: string | null;
  attempt: () => Promise<T>;
  succeeded?: (result: T) => boolean;
  verdict?: (result: T) => AttemptVerdict;
  // The nonce of this browser's valid device cookie for `account`, if it has one.
  device?: string | null;
}): Promise<AttemptOutcome<T>> {
  if (account && device) return knownBrowserAttempt({ device, attempt, verdict });
  return unknownBrowserAttempt({ account, attempt, verdict });
}

async function knownBrowserAttempt<T>({
  device,
  attempt,
  verdict,
}: {
  device: string;
  attempt: () => Promise<T>;
  verdict: (result: T) => AttemptVerdict;
}): Promise<AttemptOutcome<T>> {
  const rule = rateLimitRule("login-device");
  const now = new Date();
  const hit = await hitRateLimit({ rule, subject: { kind: "device", value: device }, now });
  // OWASP: a device cookie whose holder keeps failing is locked out itself, not the account.
  if (!hit.allowed) return { status: "slowed", retryAfterSeconds: secondsLeft({ hit, windowMs: rule.windowMs, now }) };
  const result = await attempt();
  if (verdict(result) !== "failure") await forgiveRateLimitHit({ rule, hit });
  return { status: "done", result };
}

async function unknownBrowserAttempt<T>({
  account,
  attempt,
  verdict,
}: {
  account: string | null;
  attempt: () => Promise<T>;
  verdict: (result: T) => AttemptVerdict;
}): Promise<AttemptOutcome<T>> {
  const address = (await clientAddress()) ?? "unknown";
  const hits: { rule: RateLimitRule; hit: RateLimitOutcome; perAccount: boolean }[] = [];
  const count = async (rule: RateLimitRule, subject: Parameters<typeof hitRateLimit>[0]["subject"], perAccount: boolean, now?: Date) => {
    const hit = await hitRateLimit({ rule, subject, now });
    hits.push({ rule, hit, perAccount });
    return hit;
  };

  const source = await count(rateLimitRule("login-source"), { kind: "address", value: address }, false);
  const pair = account ? await count(rateLimitRule("login-pair"), { kind: "account-source", value: account, address }, false) : null;
  if (!source.allowed || (pair && !pair.allowed)) return { status: "limited" };

  if (account) {
    const accountRule = rateLimitRule("login-account");
    const onAccount = await count(accountRule, { kind: "account", value: account }, true);
    const pause = loginPaceSeconds({ failures: onAccount.count - 1, allowance: accountRule.limit });
    if (pause > 0) {
      const paceRule = { ...rateLimitRule("login-pace"), windowMs: pause * 1000 };
      const now = new Date();
      // One slot per pause for the account, shared by every unknown browser and address.
      const paced = await count(paceRule, { kind: "account", value: account, tag: `pace:${pause}` }, true, now);
      if (!paced.allowed) {
        // Not a guess: refused before any check, so it does not lengthen the pause.
        await forgiveRateLimitHit({ rule: accountRule, hit: onAccount });
        return { status: "slowed", retryAfterSeconds: secondsLeft({ hit: paced, windowMs: paceRule.windowMs, now }) };
      }
    }
  }

  const result = await attempt();
  const judged = verdict(result);
  const forgiven = hits.filter(({ perAccount }) => judged === "success" || judged === "unchecked" || (judged === "password-right" && perAccount));
  for (const { rule, hit } of forgiven) await forgiveRateLimitHit({ rule, hit });
  return { status: "done", result };
}

function secondsLeft({ hit, windowMs, now }: { hit: RateLimitOutcome; windowMs: number; now: Date }): number {
  return Math.max(1, Math.ceil((hit.windowStart.getTime() + windowMs - now.getTime()) / 1000));
}

import type { RateLimitOutcome } from "./hit-rate-limit";
import type { RateLimitRule } from "./rules";

// Seconds until the refused source's window ends (a Retry-After header), at least one.
export function retryAfterSeconds({ rule, outcome, now }: { rule: RateLimitRule; outcome: RateLimitOutcome; now: Date }): number {
  const windowEnd = outcome.windowStart.getTime() + rule.windowMs;
  return Math.max(1, Math.ceil((windowEnd - now.getTime()) / 1000));
}

import { db } from "@/lib/db";
import type { RateLimitOutcome } from "./hit-rate-limit";
import type { RateLimitRule } from "./rules";

// Takes back one counted attempt, for limits that should count only failures (a moderator
// who logs in correctly should not use up their account's allowance). Counting first and
// forgiving after keeps the check itself atomic.
export async function forgiveRateLimitHit({ rule, hit }: { rule: RateLimitRule; hit: RateLimitOutcome }) {
  await db.rateLimitHit.updateMany({
    where: { bucket: rule.bucket, key: hit.key, windowStart: hit.windowStart, count: { gt: 0 } },
    data: { count: { decrement: 1 } },
  });
}

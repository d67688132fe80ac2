import { db } from "@/lib/db";
import type { RateLimitOutcome } from "./hit-rate-limit";
import type { RateLimitRule } from "./rules";

// Takes back one counted attempt, for limits that should count only failures (a moderator
// who logs in correctly should not use up their account's allowance). Counting first and
// forgiving after keeps the check itself atomic. A row left at zero is deleted, so a login that
// went right leaves no trace; a hit racing in between simply starts a new row.
export async function forgiveRateLimitHit({ rule, hit }: { rule: RateLimitRule; hit: RateLimitOutcome }) {
  const row = { bucket: rule.bucket, key: hit.key, windowStart: hit.windowStart };
  await db.rateLimitHit.updateMany({ where: { ...row, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
  await db.rateLimitHit.deleteMany({ where: { ...row, count: { lte: 0 } } });
}

import { env } from "@/lib/env";

export type RateLimitBucket = "story" | "comment" | "login-account" | "login-source";
export type RateLimitRule = { bucket: RateLimitBucket; limit: number; windowMs: number };

const HOUR = 60 * 60 * 1000;
const QUARTER = 15 * 60 * 1000;

// Windows divide a UTC day evenly, so no window ever spans two daily keys (see source-key.ts).
export const rateLimitWindows: Record<RateLimitBucket, number> = {
  story: HOUR,
  comment: HOUR,
  "login-account": QUARTER,
  "login-source": QUARTER,
};


export function rateLimitRule(bucket: RateLimitBucket): RateLimitRule {
  const config = env();
  const limits: Record<RateLimitBucket, number> = {
    story: config.RATE_LIMIT_STORIES_PER_HOUR,
    comment: config.RATE_LIMIT_COMMENTS_PER_HOUR,
    "login-account": config.RATE_LIMIT_LOGINS_PER_ACCOUNT,
    "login-source": config.RATE_LIMIT_LOGINS_PER_SOURCE,
  };
  return { bucket, limit: limits[bucket], windowMs: rateLimitWindows[bucket] };
}

import { env } from "@/lib/env";

export type RateLimitBucket =
  | "story"
  | "comment"
  | "author-comment"
  | "author-edit"
  | "login-account"
  | "login-device"
  | "login-pair"
  | "login-pace"
  | "login-source"
  | "search"
  | "api"
  | "invitation"
  | "site-feedback";
// The buckets a public server action may count against (lib/actions/public-action.ts).
export type PublicRateLimitBucket = Extract<RateLimitBucket, "story" | "comment" | "author-comment" | "author-edit" | "invitation" | "site-feedback">;
export type RateLimitRule = { bucket: RateLimitBucket; limit: number; windowMs: number };

const HOUR = 60 * 60 * 1000;
const QUARTER = 15 * 60 * 1000;
const MINUTE = 60 * 1000;
// The longest pause between two attempts on an account under attack (lib/auth/login-pace.ts).
export const LOGIN_PACE_MAX_MS = 640 * 1000;
export const LOGIN_DEVICE_ALLOWANCE = 5;
// A person reports a problem or two; more from one source in an hour is a script.
export const SITE_FEEDBACK_PER_HOUR = 5;

// Windows divide a UTC day evenly, so no window ever spans two daily keys (see source-key.ts).
export const rateLimitWindows: Record<RateLimitBucket, number> = {
  story: HOUR,
  comment: HOUR,
  "author-comment": HOUR,
  "author-edit": HOUR,
  // Password failures on an account from every unknown browser together: they slow all unknown
  // browsers down at once (lib/auth/login-pace.ts), never a browser that has logged in before.
  "login-account": HOUR,
  // Password failures from one browser that has logged in before (lib/auth/device-cookie.ts).
  "login-device": QUARTER,
  // Failures on an account from one source: these lock that source out of that account.
  "login-pair": QUARTER,
  // One attempt per pause from all unknown browsers; the pause varies, this is its longest.
  "login-pace": LOGIN_PACE_MAX_MS,
  "login-source": QUARTER,
  // Reader searches from one source (lib/stories/run-reader-search.ts).
  search: MINUTE,
  // Reads of the public API and the feeds from one source (lib/rate-limit/refuse-over-api-limit.ts).
  api: MINUTE,
  // Accepting a responder invitation (lib/actions/public/invitation.ts).
  invitation: HOUR,
  // Messages from the accessibility statement's form (lib/actions/public/site-feedback.ts).
  "site-feedback": HOUR,
};

export function rateLimitRule(bucket: RateLimitBucket): RateLimitRule {
  const config = env();
  const limits: Record<RateLimitBucket, number> = {
    story: config.RATE_LIMIT_STORIES_PER_HOUR,
    comment: config.RATE_LIMIT_COMMENTS_PER_HOUR,
    "author-comment": config.RATE_LIMIT_AUTHOR_COMMENTS_PER_HOUR,
    "author-edit": config.RATE_LIMIT_AUTHOR_EDITS_PER_HOUR,
    "login-account": config.RATE_LIMIT_LOGINS_PER_ACCOUNT,
    // A small allowance: its owner knows the password, an attacker who stole it does not.
    "login-device": LOGIN_DEVICE_ALLOWANCE,
    "login-pair": config.RATE_LIMIT_LOGINS_PER_ACCOUNT,
    "login-pace": 1,
    "login-source": config.RATE_LIMIT_LOGINS_PER_SOURCE,
    search: config.RATE_LIMIT_SEARCHES_PER_MINUTE,
    api: config.RATE_LIMIT_API_PER_MINUTE,
    // A person accepts one invitation, perhaps after a few tries at a password; a 256-bit token
    // leaves nothing to guess, so this only keeps a script from hashing passwords all day.
    invitation: 10,
    "site-feedback": SITE_FEEDBACK_PER_HOUR,
  };
  return { bucket, limit: limits[bucket], windowMs: rateLimitWindows[bucket] };
}

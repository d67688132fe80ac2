import { purgeSpentChallenges } from "@/lib/altcha/purge-spent-challenges";
import { purgeExpiredSessions } from "@/lib/auth/purge-expired-sessions";
import { purgeExpiredTotpFailures } from "@/lib/auth/purge-expired-totp-failures";
import { purgeExpiredRateLimits } from "@/lib/rate-limit/purge-expired-rate-limits";

// The abuse protection's own purges, run by the retention schedule: a rate-limit row goes once
// its window has closed, a spent proof-of-work challenge once it has expired, a moderator
// session once it is past its 8 hours, a wrong second-factor code once it no longer counts.
export async function purgeExpiredCounters({ now = new Date() }: { now?: Date } = {}) {
  const [rateLimitHits, spentChallenges, moderatorSessions, totpFailures] = await Promise.all([
    purgeExpiredRateLimits({ now }),
    purgeSpentChallenges({ now }),
    purgeExpiredSessions({ now }),
    purgeExpiredTotpFailures({ now }),
  ]);
  // Wrong second-factor codes are a per-account rate limit too, and reported as such.
  return { rateLimitHits: rateLimitHits + totpFailures, spentChallenges, moderatorSessions };
}

import { purgeSpentChallenges } from "@/lib/altcha/purge-spent-challenges";
import { purgeExpiredSessions } from "@/lib/auth/purge-expired-sessions";
import { purgeExpiredRateLimits } from "@/lib/rate-limit/purge-expired-rate-limits";

// The abuse protection's own purges, run by the retention schedule: a rate-limit row goes once
// its window has closed, a spent proof-of-work challenge once it has expired, a moderator
// session once it is past its 8 hours.
export async function purgeExpiredCounters({ now = new Date() }: { now?: Date } = {}) {
  const [rateLimitHits, spentChallenges, moderatorSessions] = await Promise.all([
    purgeExpiredRateLimits({ now }),
    purgeSpentChallenges({ now }),
    purgeExpiredSessions({ now }),
  ]);
  return { rateLimitHits, spentChallenges, moderatorSessions };
}

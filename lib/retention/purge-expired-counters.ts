import { purgeSpentChallenges } from "@/lib/altcha/purge-spent-challenges";
import { purgeExpiredRateLimits } from "@/lib/rate-limit/purge-expired-rate-limits";

// The abuse protection's own purges, run by the retention schedule: a rate-limit row goes once
// its window has closed, a spent proof-of-work challenge once it has expired.
export async function purgeExpiredCounters({ now = new Date() }: { now?: Date } = {}) {
  const [rateLimitHits, spentChallenges] = await Promise.all([
    purgeExpiredRateLimits({ now }),
    purgeSpentChallenges({ now }),
  ]);
  return { rateLimitHits, spentChallenges };
}

import { db } from "@/lib/db";

const dayMs = 24 * 60 * 60 * 1000;

// Rate-limit windows are at most an hour long, and their keys rotate daily, so a row older than
// a day counts nothing; a spent proof-of-work challenge matters only until it expires.
export async function purgeExpiredCounters({ now = new Date() }: { now?: Date } = {}) {
  const [rateLimitHits, spentChallenges] = await Promise.all([
    db.rateLimitHit.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - dayMs) } } }),
    db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { rateLimitHits: rateLimitHits.count, spentChallenges: spentChallenges.count };
}

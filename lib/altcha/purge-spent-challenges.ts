import { db } from "@/lib/db";

// Once a challenge has expired it can no longer be verified, so its spent mark is useless.
export async function purgeSpentChallenges({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const { count } = await db.spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}

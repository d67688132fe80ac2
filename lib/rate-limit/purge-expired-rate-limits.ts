import { db } from "@/lib/db";
import { type RateLimitBucket, rateLimitWindows } from "./rules";

// A row matters only while its window is open; after that it is deleted, and with it the
// last trace of the hashed source (see source-key.ts). Called by the retention job.
export async function purgeExpiredRateLimits({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const buckets = Object.entries(rateLimitWindows) as [RateLimitBucket, number][];
  const { count } = await db.rateLimitHit.deleteMany({
    where: {
      OR: [
        ...buckets.map(([bucket, windowMs]) => ({ bucket, windowStart: { lte: new Date(now.getTime() - windowMs) } })),
        // Rows of a bucket no longer in use: gone after the longest window.
        { bucket: { notIn: buckets.map(([bucket]) => bucket) }, windowStart: { lte: new Date(now.getTime() - longest(buckets)) } },
      ],
    },
  });
  return count;
}

function longest(buckets: [RateLimitBucket, number][]): number {
  return Math.max(...buckets.map(([, windowMs]) => windowMs));
}

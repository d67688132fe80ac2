import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { RateLimitRule } from "./rules";
import { type RateLimitSubject, sourceKey } from "./source-key";

export type RateLimitOutcome = { allowed: boolean; count: number; limit: number; windowStart: Date; key: string };

// Counts one attempt in the current fixed window and says whether it is within the limit.
// The count lives in the database, not in memory, so several app instances share it; one
// INSERT … ON CONFLICT DO UPDATE … RETURNING is atomic, so concurrent hits never lose a count.
export async function hitRateLimit({
  rule,
  subject,
  now = new Date(),
  client = db,
}: {
  rule: RateLimitRule;
  subject: RateLimitSubject;
  now?: Date;
  // Another connection pool, as a second app instance would have (tests).
  client?: PrismaClient;
}): Promise<RateLimitOutcome> {
  const windowStart = new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
  const key = sourceKey({ subject, now });
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitHit" ("bucket", "key", "windowStart", "count")
    VALUES (${rule.bucket}, ${key}, CAST(${sqlTimestamp(windowStart)} AS TIMESTAMP(3)), 1)
    ON CONFLICT ("bucket", "key", "windowStart")
    DO UPDATE SET "count" = "RateLimitHit"."count" + 1
    RETURNING "count"`;
  const count = Number(rows[0]?.count ?? 0);
  return { allowed: count <= rule.limit, count, limit: rule.limit, windowStart, key };
}

// Prisma keeps DateTime columns as UTC wall time in TIMESTAMP(3) without a zone.
export function sqlTimestamp(date: Date): string {
  return date.toISOString().replace("T", " ").replace("Z", "");
}

import { eraseExpiredOriginals } from "./erase-expired-originals";
import { eraseExpiredStories } from "./erase-expired-stories";
import { purgeExpiredCounters } from "./purge-expired-counters";
import type { RetentionConfig } from "./retention-config";

export type RetentionResult = {
  storiesErased: number;
  originalsErased: number;
  rateLimitHits: number;
  spentChallenges: number;
  moderatorSessions: number;
};

// One pass of every retention job. Each job is idempotent and safe beside the same job in
// another app instance, so several instances on one PostgreSQL need no coordination.
export async function runRetention({ config, now = new Date() }: { config: RetentionConfig; now?: Date }): Promise<RetentionResult> {
  const storiesErased = await eraseExpiredStories({
    rejectedDays: config.rejectedDays,
    withdrawnDays: config.withdrawnDays,
    now,
  });
  const originalsErased = await eraseExpiredOriginals({ originalTextDays: config.originalTextDays, now });
  const counters = await purgeExpiredCounters({ now });
  return { storiesErased, originalsErased, ...counters };
}

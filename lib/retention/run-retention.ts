import { eraseExpiredOriginals } from "./erase-expired-originals";
import { eraseExpiredStories } from "./erase-expired-stories";
import { eraseHandledSiteFeedback } from "./erase-handled-site-feedback";
import { purgeExpiredCounters } from "./purge-expired-counters";
import type { RetentionConfig } from "./retention-config";

export type RetentionResult = {
  storiesErased: number;
  originalsErased: number;
  siteFeedbackErased: number;
  rateLimitHits: number;
  spentChallenges: number;
  moderatorSessions: number;
};

// One pass of every retention job, the story jobs in short batches with pauses between them.
// Each job is idempotent and safe beside the same job in another app instance, so several
// instances on one PostgreSQL need no coordination. An aborted pass stops between batches;
// the next pass carries on where it left off, as the expired rows are still there.
export async function runRetention({
  config,
  now = new Date(),
  signal,
}: {
  config: RetentionConfig;
  now?: Date;
  signal?: AbortSignal;
}): Promise<RetentionResult> {
  const batches = { batchSize: config.batchSize, pauseMs: config.batchPauseMs, signal };
  const storiesErased = await eraseExpiredStories({ rejectedDays: config.rejectedDays, withdrawnDays: config.withdrawnDays, now, ...batches });
  if (signal?.aborted) return { storiesErased, originalsErased: 0, siteFeedbackErased: 0, rateLimitHits: 0, spentChallenges: 0, moderatorSessions: 0 };
  const originalsErased = await eraseExpiredOriginals({ originalTextDays: config.originalTextDays, now, ...batches });
  const siteFeedbackErased = await eraseHandledSiteFeedback({ days: config.siteFeedbackDays, now });
  const counters = await purgeExpiredCounters({ now });
  return { storiesErased, originalsErased, siteFeedbackErased, ...counters };
}

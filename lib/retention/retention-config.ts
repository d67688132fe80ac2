import { type Env, env } from "@/lib/env";

export type RetentionConfig = {
  rejectedDays: number;
  withdrawnDays: number;
  originalTextDays: number;
  siteFeedbackDays: number;
  intervalMinutes: number;
  // Stories per batch, and the pause between batches in which requests get the database.
  batchSize: number;
  batchPauseMs: number;
};

// One reading of the retention variables, used by the jobs and quoted by /integritet, so the
// page can never promise a period the jobs do not keep.
export function retentionConfig(source: Env = env()): RetentionConfig {
  return {
    rejectedDays: source.RETENTION_REJECTED_DAYS,
    withdrawnDays: source.RETENTION_WITHDRAWN_DAYS,
    originalTextDays: source.RETENTION_ORIGINAL_TEXT_DAYS,
    siteFeedbackDays: source.RETENTION_SITE_FEEDBACK_DAYS,
    intervalMinutes: source.RETENTION_INTERVAL_MINUTES,
    batchSize: source.RETENTION_BATCH_SIZE,
    batchPauseMs: source.RETENTION_BATCH_PAUSE_MS,
  };
}

const dayMs = 24 * 60 * 60 * 1000;

export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * dayMs);
}

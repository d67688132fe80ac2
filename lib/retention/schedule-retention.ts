import { logFailure } from "@/lib/errors/log-failure";
import type { RetentionResult } from "./run-retention";

export type ScheduleRetentionOptions = {
  intervalMinutes: number;
  run: (signal: AbortSignal) => Promise<RetentionResult>;
  log?: (line: string) => void;
};

// Runs the jobs once at start and then every interval, inside the app, so there is no external
// cron to forget. The start script calls it once the server is listening; the jobs work in
// short batches, so a first pass over a large archive runs beside readers, not before them.
// The timer is unref'd so it never keeps the process alive; `stop` cancels it, tells a pass in
// progress to end after its batch, and waits for that, so the database is not closed under it.
// Only counts are logged, never text.
export function scheduleRetention({ intervalMinutes, run, log = console.log }: ScheduleRetentionOptions) {
  let current: Promise<void> | null = null;
  let stopped = false;
  const abort = new AbortController();

  const pass = () => {
    if (current || stopped) return;
    current = run(abort.signal)
      .then((result) => {
        const total = Object.values(result).reduce((sum, count) => sum + count, 0);
        if (total > 0) log(`Retention: ${formatResult(result)}.`);
      })
      .catch((error: unknown) => logFailure("Retention", error, log))
      .finally(() => {
        current = null;
      });
  };

  pass();
  const timer = setInterval(pass, intervalMinutes * 60_000);
  timer.unref();

  return async function stop() {
    stopped = true;
    clearInterval(timer);
    abort.abort();
    await current;
  };
}

function formatResult(result: RetentionResult): string {
  return [
    `${result.storiesErased} stories erased`,
    `${result.originalsErased} originals erased`,
    `${result.siteFeedbackErased} handled site feedback messages erased`,
    `${result.rateLimitHits} rate-limit rows, ${result.spentChallenges} spent challenges and ${result.moderatorSessions} expired sessions purged`,
  ].join(", ");
}

import { logFailure } from "@/lib/errors/log-failure";
import { erasureScrubbed, markErasurePending, takeErasurePending } from "./erasure-pending";
import type { ScrubResult } from "./scrub-erased-text";

export type ScheduleScrubOptions = {
  // The promise: erased text is gone from the database files this long after the erasure.
  boundMinutes: number;
  run: () => Promise<ScrubResult>;
  log?: (line: string) => void;
};

// Scrubs at start only when an erasure is waiting (the flag survives a crash in a file, see
// erasure-pending.ts), and then at every tick where an erasure happened since the last scrub. Ticking at half the bound keeps the promise with room
// for the scrub itself, and batches a burst of erasures into one rewrite. Never on a request.
export function scheduleScrub({ boundMinutes, run, log = console.log }: ScheduleScrubOptions) {
  let current: Promise<void> | null = null;
  let stopped = false;

  const pass = () => {
    if (current || stopped) return;
    if (!takeErasurePending()) return;
    current = run()
      .then((result) => {
        erasureScrubbed();
        const longest = Math.max(0, ...result.statements.map((statement) => statement.ms));
        log(`Erased text scrubbed from the database files (longest step ${Math.round(longest)} ms).`);
      })
      .catch((error: unknown) => {
        // Tried again at the next tick.
        markErasurePending();
        logFailure("Scrubbing erased text", error, log);
      })
      .finally(() => {
        current = null;
      });
  };

  pass();
  const timer = setInterval(pass, (boundMinutes * 60_000) / 2);
  timer.unref();

  return async function stop() {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}

import { afterEach, describe, expect, it, vi } from "vitest";
import { scheduleRetention } from "./schedule-retention";

const empty = { storiesErased: 0, originalsErased: 0, siteFeedbackErased: 0, rateLimitHits: 0, spentChallenges: 0, moderatorSessions: 0 };

describe("scheduleRetention", () => {
  afterEach(() => vi.useRealTimers());

  it("runs at once, then every interval, and not after stop", async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => empty);
    const stop = scheduleRetention({ intervalMinutes: 60, run, log: () => {} });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(59 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(2);
    await stop();
    await vi.advanceTimersByTimeAsync(120 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it("tells a pass in progress to stop, and waits for it", async () => {
    let seen: AbortSignal | undefined;
    let finished = false;
    const stop = scheduleRetention({
      intervalMinutes: 60,
      run: async (signal) => {
        seen = signal;
        while (!signal.aborted) await new Promise((resolve) => setTimeout(resolve, 5));
        finished = true;
        return empty;
      },
      log: () => {},
    });
    expect(seen?.aborted).toBe(false);
    await stop();
    expect(seen?.aborted).toBe(true);
    expect(finished).toBe(true);
  });

  it("logs counts only, and a failure by its kind without its message", async () => {
    const lines: string[] = [];
    const stop = scheduleRetention({
      intervalMinutes: 60,
      run: async () => ({ ...empty, storiesErased: 2 }),
      log: (line) => lines.push(line),
    });
    await stop();
    expect(lines).toEqual(["Retention: 2 stories erased, 0 originals erased, 0 handled site feedback messages erased, 0 rate-limit rows, 0 spent challenges and 0 expired sessions purged."]);

    const failing = scheduleRetention({
      intervalMinutes: 60,
      run: async () => {
        throw new TypeError("Jag sökte stöd för min son");
      },
      log: (line) => lines.push(line),
    });
    await failing();
    expect(lines.at(-1)).toBe("Retention failed: TypeError");
  });
});

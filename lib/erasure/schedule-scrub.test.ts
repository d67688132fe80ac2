import { afterEach, describe, expect, it, vi } from "vitest";
import { markErasurePending, takeErasurePending } from "./erasure-pending";
import { scheduleScrub } from "./schedule-scrub";

const done = { kind: "pglite" as const, statements: [{ sql: "VACUUM FULL \"Story\"", ms: 12 }] };

describe("scheduleScrub", () => {
  afterEach(() => {
    vi.useRealTimers();
    takeErasurePending();
  });

  it("scrubs at start only when an erasure is waiting", async () => {
    vi.useFakeTimers();
    takeErasurePending();
    const idle = vi.fn(async () => done);
    await scheduleScrub({ boundMinutes: 60, run: idle, log: () => {} })();
    expect(idle).not.toHaveBeenCalled();

    markErasurePending();
    const waiting = vi.fn(async () => done);
    await scheduleScrub({ boundMinutes: 60, run: waiting, log: () => {} })();
    expect(waiting).toHaveBeenCalledTimes(1);
  });

  it("scrubs within the bound after an erasure, and never without one", async () => {
    vi.useFakeTimers();
    takeErasurePending();
    const run = vi.fn(async () => done);
    const stop = scheduleScrub({ boundMinutes: 60, run, log: () => {} });
    markErasurePending();
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(120 * 60_000);
    expect(run).toHaveBeenCalledTimes(1);

    // An erasure just after a tick is the worst case: it must still be scrubbed within the bound.
    await vi.advanceTimersByTimeAsync(1000);
    markErasurePending();
    await vi.advanceTimersByTimeAsync(60 * 60_000 - 1000);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(120 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    await stop();
  });

  it("tries again at the next tick when a scrub fails, and logs no message text", async () => {
    vi.useFakeTimers();
    const lines: string[] = [];
    const run = vi
      .fn<() => Promise<typeof done>>()
      .mockResolvedValueOnce(done)
      .mockRejectedValueOnce(new Error("secret text"))
      .mockResolvedValue(done);
    markErasurePending();
    const stop = scheduleScrub({ boundMinutes: 10, run, log: (line) => lines.push(line) });
    markErasurePending();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(run).toHaveBeenCalledTimes(3);
    expect(lines.join("\n")).not.toContain("secret text");
    expect(lines.some((line) => line.startsWith("Scrubbing erased text failed"))).toBe(true);
    await stop();
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { BoundedGate } from "./bounded-gate";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("BoundedGate", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs at most `concurrency` tasks at once and queues the next ones in order", async () => {
    const gate = new BoundedGate({ concurrency: 2, queueLength: 2, maxWaitMs: 1000 });
    const blockers = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = blockers.map((blocker, index) =>
      gate.run(async () => {
        started.push(index);
        await blocker.promise;
        return index;
      }),
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 1]);
    expect([gate.active, gate.queued]).toEqual([2, 2]);
    blockers[1].resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 1, 2]);
    expect([gate.active, gate.queued]).toEqual([2, 1]);
    for (const blocker of blockers) blocker.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3].map((value) => ({ admitted: true, value })));
    expect([gate.active, gate.queued]).toEqual([0, 0]);
  });

  it("refuses at once when the queue is full, and after the longest wait otherwise", async () => {
    const gate = new BoundedGate({ concurrency: 1, queueLength: 1, maxWaitMs: 500 });
    const blocker = deferred();
    const first = gate.run(() => blocker.promise);
    const queued = gate.run(async () => "queued");
    const overflow = await gate.run(async () => "overflow");
    expect(overflow).toEqual({ admitted: false });
    await vi.advanceTimersByTimeAsync(499);
    expect(gate.queued).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(await queued).toEqual({ admitted: false });
    expect(gate.queued).toBe(0);
    blocker.resolve();
    await first;
    expect(gate.active).toBe(0);
    expect(await gate.run(async () => "later")).toEqual({ admitted: true, value: "later" });
  });

  it("frees the slot when a task fails", async () => {
    const gate = new BoundedGate({ concurrency: 1, queueLength: 0, maxWaitMs: 0 });
    await expect(gate.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(gate.active).toBe(0);
    expect(await gate.run(async () => 1)).toEqual({ admitted: true, value: 1 });
  });

  it("answers at once but keeps the slot for the rest asked for, so the next task waits", async () => {
    const gate = new BoundedGate({ concurrency: 1, queueLength: 1, maxWaitMs: 1000 });
    const first = gate.run(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 200));
        return "first";
      },
      { restAfter: (busyMs) => busyMs },
    );
    let secondStarted = false;
    const second = gate.run(async () => {
      secondStarted = true;
      return "second";
    });
    await vi.advanceTimersByTimeAsync(200);
    expect(await first).toEqual({ admitted: true, value: "first" });
    expect(secondStarted).toBe(false);
    await vi.advanceTimersByTimeAsync(199);
    expect(secondStarted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await second).toEqual({ admitted: true, value: "second" });
    expect(gate.active).toBe(0);
  });
});

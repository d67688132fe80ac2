// At most `concurrency` tasks run at once; up to `queueLength` more wait, each for at most
// `maxWaitMs`, in arrival order. A task that finds the queue full, or whose wait runs out, is
// refused at once rather than queued without end: a refusal costs the server nothing, a queue
// that grows under load costs every later caller its wait.
// (p-limit and p-queue bound concurrency but neither bounds the queue nor the wait.)
export type GateOutcome<T> = { admitted: true; value: T } | { admitted: false };

type Waiter = { wake: () => void; timer: ReturnType<typeof setTimeout> | undefined };

export class BoundedGate {
  private running = 0;
  private readonly waiting: Waiter[] = [];

  constructor(private readonly options: { concurrency: number; queueLength: number; maxWaitMs: number }) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  // `restAfter` keeps the slot taken for a while after the task, given how long the task held
  // it: the caller has its answer at once, and the next task waits. A resource that can do only
  // one thing at a time is thus shared with whatever does not pass through the gate.
  async run<T>(task: () => Promise<T>, { restAfter }: { restAfter?: (busyMs: number) => number } = {}): Promise<GateOutcome<T>> {
    if (!(await this.acquire())) return { admitted: false };
    const started = performance.now();
    try {
      return { admitted: true, value: await task() };
    } finally {
      const rest = restAfter?.(performance.now() - started) ?? 0;
      if (rest > 0) setTimeout(() => this.release(), rest);
      else this.release();
    }
  }

  private acquire(): Promise<boolean> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve(true);
    }
    if (this.waiting.length >= this.options.queueLength || this.options.maxWaitMs <= 0) return Promise.resolve(false);
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        // The slot is handed over by release(), so `running` does not change here.
        wake: () => {
          clearTimeout(waiter.timer);
          resolve(true);
        },
        timer: undefined,
      };
      waiter.timer = setTimeout(() => {
        const index = this.waiting.indexOf(waiter);
        if (index >= 0) this.waiting.splice(index, 1);
        resolve(false);
      }, this.options.maxWaitMs);
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.wake();
    else this.running--;
  }
}

// One piece of work per key at a time, its result handed to everyone who asked meanwhile: the
// page cache's answer to a popular page that is not kept (nginx's `proxy_cache_lock`, Varnish's
// request coalescing). Without it, every reader waiting for that page renders it at once, and
// each render queues behind the others.
//
// - The first to ask for a key does the work (a "render" turn) and settles it with a result or
//   with nothing. A result goes to every waiter. Nothing (a failed render, or one that may not
//   be kept) hands the turn to the next waiter, so there is still never more than one at a time.
// - A waiter waits `timeoutMs` at most, then does the work for itself: a render that hangs must
//   not take every reader down with it.
// - A waiter whose `signal` aborts (its reader went away) stops waiting and is never handed a turn.
export type Turn<T> =
  /** Do the work, then settle exactly once (later calls are ignored). */
  | { kind: "render"; settle: (result: T | undefined) => void }
  | { kind: "shared"; result: T }
  | { kind: "closed" };

type Waiter<T> = { take: (turn: Turn<T>) => void };

export class SingleFlight<T> {
  private readonly flights = new Map<string, Waiter<T>[]>();

  constructor(private readonly options: { timeoutMs: number }) {}

  /** Keys with work under way. */
  get size(): number {
    return this.flights.size;
  }

  join(key: string, signal?: AbortSignal): Turn<T> | Promise<Turn<T>> {
    const waiters = this.flights.get(key);
    if (!waiters) {
      this.flights.set(key, []);
      return { kind: "render", settle: this.settler(key) };
    }
    if (signal?.aborted) return { kind: "closed" };
    return new Promise<Turn<T>>((resolve) => {
      const leave = () => {
        const at = waiters.indexOf(waiter);
        if (at >= 0) waiters.splice(at, 1);
      };
      const onAbort = () => {
        leave();
        waiter.take({ kind: "closed" });
      };
      const timer = setTimeout(() => {
        leave();
        // Too long: render alone, and hand nothing on (the turn stays with the slow render).
        waiter.take({ kind: "render", settle: () => {} });
      }, this.options.timeoutMs);
      const waiter: Waiter<T> = {
        take: (turn) => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
          resolve(turn);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waiters.push(waiter);
    });
  }

  private settler(key: string): (result: T | undefined) => void {
    let settled = false;
    return (result) => {
      if (settled) return;
      settled = true;
      const waiters = this.flights.get(key) ?? [];
      if (result !== undefined) {
        this.flights.delete(key);
        for (const waiter of waiters) waiter.take({ kind: "shared", result });
        return;
      }
      const next = waiters.shift();
      if (next) next.take({ kind: "render", settle: this.settler(key) });
      else this.flights.delete(key);
    };
  }
}

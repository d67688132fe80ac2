export type BatchOptions = {
  batchSize: number;
  // Between batches, so requests waiting for the database (PGlite runs one statement at a
  // time, for every request and job of the process) get it before the next batch.
  pauseMs: number;
  // Set when the app stops: the pass ends after the batch in hand instead of running on.
  signal?: AbortSignal;
  onBatch?: (ids: string[]) => void;
};

export type WalkOptions = BatchOptions & {
  /** Up to `take` ids still to do (an empty list ends the walk). The rows handled leave the
   * condition that found them, so each call finds new ones without a cursor. */
  nextIds: (take: number) => Promise<string[]>;
  /** Does the work for one batch; returns how many it changed. */
  handle: (ids: string[]) => Promise<number>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Works through the matching rows a short batch at a time, so a pass over 100,000 stories is
// many small pieces of work with room for readers between them, never one long one. Each
// batch is read fresh, so what another instance did meanwhile is seen.
export async function inBatches({ batchSize, pauseMs, signal, onBatch, nextIds, handle }: WalkOptions): Promise<number> {
  let changed = 0;
  for (;;) {
    const ids = await nextIds(batchSize);
    if (ids.length === 0) break;
    changed += await handle(ids);
    onBatch?.(ids);
    if (ids.length < batchSize || signal?.aborted) break;
    if (pauseMs > 0) await sleep(pauseMs);
  }
  return changed;
}

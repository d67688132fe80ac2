// Whether text was erased since the database files were last scrubbed. It lives on globalThis
// because erasures happen in the bundled app (the author's "Radera för gott") as well as in the
// start script's retention jobs, and both run in one process that shares this global. After a
// crash the flag is lost, so the scheduler also scrubs once at every start.
const state = globalThis as unknown as { sakligtErasurePendingSince?: number };

export function markErasurePending(now = Date.now()): void {
  state.sakligtErasurePendingSince ??= now;
}

export function erasurePendingSince(): number | undefined {
  return state.sakligtErasurePendingSince;
}

// Clears the flag before a scrub starts, so an erasure that lands during the scrub is caught by
// the next one rather than forgotten.
export function takeErasurePending(): boolean {
  const pending = state.sakligtErasurePendingSince !== undefined;
  state.sakligtErasurePendingSince = undefined;
  return pending;
}

import fs from "node:fs";

// Whether text was erased since the database files were last scrubbed. It lives on globalThis
// because erasures happen in the bundled app (the author's "Radera för gott") as well as in the
// start script's retention jobs, and both run in one process that shares this global.
//
// On the embedded database the flag is also kept as a file in DATA_DIR (keepErasurePendingIn),
// written before the erasing transaction commits and removed only after a scrub. A crash then
// cannot lose it, so the app scrubs at start only when an erasure is really waiting: a scrub
// rewrites every erased table (VACUUM FULL), which at 100,000 stories would hold readers up.
const state = globalThis as unknown as { sakligtErasurePendingSince?: number; sakligtErasureMarker?: string };

export function keepErasurePendingIn(file: string): void {
  state.sakligtErasureMarker = file;
  if (fs.existsSync(file)) markErasurePending();
}

export function markErasurePending(now = Date.now()): void {
  if (state.sakligtErasurePendingSince === undefined && state.sakligtErasureMarker) {
    fs.writeFileSync(state.sakligtErasureMarker, "", { mode: 0o600 });
  }
  state.sakligtErasurePendingSince ??= now;
}

export function erasurePendingSince(): number | undefined {
  return state.sakligtErasurePendingSince;
}

// Clears the flag before a scrub starts, so an erasure that lands during the scrub is caught by
// the next one rather than forgotten. The file stays until erasureScrubbed().
export function takeErasurePending(): boolean {
  const pending = state.sakligtErasurePendingSince !== undefined;
  state.sakligtErasurePendingSince = undefined;
  return pending;
}

// After a successful scrub: the file goes, unless an erasure landed during the scrub.
export function erasureScrubbed(): void {
  if (state.sakligtErasurePendingSince === undefined && state.sakligtErasureMarker) {
    fs.rmSync(state.sakligtErasureMarker, { force: true });
  }
}

// For tests: forget the file, as a process that never called keepErasurePendingIn.
export function forgetErasureMarker(): void {
  state.sakligtErasureMarker = undefined;
}

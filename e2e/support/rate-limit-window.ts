import type { Page } from "@playwright/test";

// Rate limits count in fixed windows (lib/rate-limit/rules.ts: a quarter or an hour, starting at
// :00 UTC). A journey that proves "N allowed, then refused" must not straddle an edge, or its
// attempts count in two windows. Waits until the next edge is at least `margin` ms away.
export async function waitPastWindowEdge(page: Page, { windowMs, margin }: { windowMs: number; margin: number }) {
  const untilEdge = windowMs - (Date.now() % windowMs);
  if (untilEdge < margin) await page.waitForTimeout(untilEdge + 1_000);
}

class WindowEdgePassed extends Error {}

// The last attempt is sent at most this long after the journey's checkpoint.
const LAST_ATTEMPT_MS = 30_000;

// Runs a journey whose attempts must all count in one window, without waiting minutes for an edge
// first: right before its last attempt (the one that must be refused) the journey calls
// `checkpoint`. If an edge has passed since it began, or would pass before that attempt is
// counted, the journey runs once more from the start, in the new window, which has a whole window
// ahead of it. The journey must begin from a source (address, account) of its own each time.
export async function inOneWindow(windowMs: number, journey: (checkpoint: () => Promise<void>) => Promise<void>): Promise<void> {
  for (let run = 1; ; run++) {
    const window = Math.floor(Date.now() / windowMs);
    const checkpoint = async () => {
      const now = Date.now();
      const untilEdge = windowMs - (now % windowMs);
      if (Math.floor(now / windowMs) === window && untilEdge > LAST_ATTEMPT_MS) return;
      if (Math.floor(now / windowMs) === window) await new Promise((resolve) => setTimeout(resolve, untilEdge + 1_000));
      throw new WindowEdgePassed(`A rate-limit window's edge passed during run ${run}.`);
    };
    try {
      return await journey(checkpoint);
    } catch (error) {
      if (!(error instanceof WindowEdgePassed) || run >= 2) throw error;
    }
  }
}

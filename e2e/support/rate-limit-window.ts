import type { Page } from "@playwright/test";

// Rate limits count in fixed windows (lib/rate-limit/rules.ts: a quarter or an hour, starting at
// :00 UTC). A journey that proves "N allowed, then refused" must not straddle an edge, or its
// attempts count in two windows. Waits until the next edge is at least `margin` ms away.
export async function waitPastWindowEdge(page: Page, { windowMs, margin }: { windowMs: number; margin: number }) {
  const untilEdge = windowMs - (Date.now() % windowMs);
  if (untilEdge < margin) await page.waitForTimeout(untilEdge + 1_000);
}

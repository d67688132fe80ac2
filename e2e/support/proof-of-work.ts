import { expect, type Page } from "@playwright/test";

// The story and comment forms solve an ALTCHA proof of work in the background as soon as they
// load; a send before it is done is refused with a message. Tests wait for it, as a person
// writing would without noticing. Returns how long the wait took, in milliseconds.
export async function waitForProofOfWork(page: Page, { timeout = 60_000 } = {}): Promise<number> {
  const started = Date.now();
  await expect(page.locator('[data-proof-state="verified"]').first()).toBeAttached({ timeout });
  return Date.now() - started;
}

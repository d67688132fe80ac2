import { type Browser, expect } from "@playwright/test";
import { waitForProofOfWork } from "./proof-of-work";

export const sampleStoryBody =
  "Jag sökte stöd för min son hos socialtjänsten i våras. Handläggaren Kim ringde mig flera gånger och var vänlig, " +
  "men det tog lång tid innan vi fick ett beslut. Under tiden visste vi inte vad som skulle hända, och min son mådde sämre. " +
  "Jag hade önskat att någon berättat från början hur lång tid en utredning brukar ta.";

// An author sends a story through the public form in a browser context of their own, as a
// separate person would; returns the private receipt link. Each author also arrives from an
// address of their own (a documentation address, RFC 5737), so that stories sent by many tests
// do not share one rate limit; the e2e servers believe X-Forwarded-For (TRUST_PROXY=true).
export async function sendStory(
  browser: Browser,
  { title, theme, body = sampleStoryBody }: { title: string; theme: string; body?: string },
): Promise<string> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": documentationAddress() } });
  const page = await context.newPage();
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(body);
  // A theme's label is its name followed by its description.
  await page.getByLabel(new RegExp(`^${theme}`)).check();
  await page.getByLabel(/Jag förstår och godkänner/).check();
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(page).toHaveURL(/\/kvitto\//);
  const receipt = await page.getByLabel("Din privata länk").inputValue();
  await context.close();
  return receipt;
}

export function documentationAddress(): string {
  return `198.51.100.${1 + Math.floor(Math.random() * 254)}`;
}

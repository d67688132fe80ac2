import { expect, type Page } from "@playwright/test";

// Nothing on the page is wider than a 390 px phone: no sideways scrolling.
export async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
}

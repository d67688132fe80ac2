import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";

const neutral = "https://www.smhi.se/";

test.beforeEach(async ({ page }) => {
  // The test machine has no internet: the neutral site is answered locally.
  await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>SMHI</title>" }));
});

test("[author] one click leaves for a neutral site, forgets the draft and leaves no way back", async ({ page }) => {
  await page.goto("/berattelser");
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill("Något ingen annan ska se");
  await expect.poll(() => page.evaluate(() => window.sessionStorage.length)).toBeGreaterThan(0);
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Lämna sidan snabbt" }).click();
  await expect(page).toHaveURL(neutral);
  await page.goBack();
  // The writing page was replaced, so Back skips it.
  await expect(page).toHaveURL(/\/berattelser$/);
  await page.goto("/beratta");
  await expect(page.getByLabel("Rubrik")).toHaveValue("");
});

test("[reader] pressing Escape twice leaves too, and the button is reachable by keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Lämna sidan snabbt" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(neutral);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(neutral);
});

import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sendStory } from "./support/author";

// A moderator on a shift answers from a phone as often as from a desk. At 390 px (an iPhone 12
// to 15) no moderator page may scroll sideways or cut a column off: the lists of templates,
// themes and accounts become one card per row. One pass through every moderator page.
test.use({ viewport: { width: 390, height: 844 } });

test("[moderator] every moderator page fits a 390 px phone", async ({ page }) => {
  const title = `På telefonen ${Date.now()}`;
  await sendStory({ title, theme: "Bostad" });
  await useAdminSession(page);

  const review = await page.getByRole("link", { name: `Granska berättelsen ”${title}”` }).getAttribute("href");
  await page.goto("/mod/mallar");
  const template = await page.getByRole("table").getByRole("link", { name: /^Redigera / }).first().getAttribute("href");
  await page.goto("/mod/taggar");
  const tag = await page.getByRole("table").getByRole("link", { name: /^Redigera / }).first().getAttribute("href");
  expect([review, template, tag].every(Boolean), "links to a review, a template and a theme").toBe(true);

  const pages = ["/mod", "/mod/kommentarer", "/mod/mallar", "/mod/mallar/ny", template!, "/mod/taggar", tag!, "/mod/logg", "/mod/statistik", "/mod/fakta", "/mod/konton", "/mod/konto/tvastegsverifiering", review!];
  for (const path of pages) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
  }

  // The lists keep their column names on the cards, and stay tables for a screen reader.
  await page.goto("/mod/konton");
  const table = page.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "E-postadress" })).toHaveCount(1);
  await expect(table.getByRole("rowheader").first()).toBeVisible();
  await expectNoA11yViolations(page);
});

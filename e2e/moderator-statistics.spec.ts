import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sendStory } from "./support/author";

// /mod/statistik on a phone: the team's numbers as text, a chart with a name and its numbers in
// a table, no horizontal scrolling at 390 px, and nothing axe finds.
test.use({ viewport: { width: 390, height: 844 } });

test("[moderator] reads the team's statistics from the menu, as text and as a chart", async ({ page }) => {
  await sendStory({ title: `Till statistiken ${Date.now()}`, theme: "Bostad" });
  await useAdminSession(page);

  await page.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Statistik", exact: true }).click();
  await expect(page).toHaveURL(/\/mod\/statistik$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik");
  for (const heading of ["Väntar nu", "De senaste 30 dagarna", "Vecka för vecka"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }

  // The backlog by state, each a number on the page; the story just sent is among those waiting.
  const figure = (label: string) => page.locator(`dt:text-is("${label}") + dd`);
  expect(Number(await figure("Berättelser som väntar på granskning").innerText())).toBeGreaterThanOrEqual(1);
  for (const label of ["Beslut som väntar på kollega", "Kommentarer som väntar på granskning"]) {
    await expect(figure(label)).toHaveText(/^\d+$/);
  }

  // The chart is one named image, and its numbers are a table anyone can read: twelve weeks.
  await expect(page.getByRole("img", { name: /^Mediantid till beslut per vecka, vecka \d+ till \d+$/ })).toBeVisible();
  const table = page.getByRole("table", { name: "Beslut per vecka" });
  await expect(table.getByRole("columnheader")).toHaveText(["Vecka", "Beslut", "Mediantid", "Inom en arbetsdag"]);
  await expect(table.getByRole("rowheader")).toHaveCount(12);
  await expect(table.getByRole("rowheader").last()).toHaveText(/^vecka \d+ från \d+ \w+/);

  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `/mod/statistik is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
  await expectNoA11yViolations(page);
});

import fs from "node:fs";
import { expect, test } from "@playwright/test";
import sv from "../messages/sv/statistics-page.json";
import fi from "../messages/fi/statistics-page.json";
import en from "../messages/en/statistics-page.json";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoSidewaysScroll } from "./support/phone";

// The demo content holds one story from Uppsala (prisma/seed-data.ts): a small municipality,
// which the statistics must never name, whatever month its story falls in. Every case of the
// rule is proved on both databases in lib/statistics/get-open-statistics.integration.test.ts;
// here a reader sees it, downloads the same cells, and every language passes axe at 390 px.
const SMALL = "Uppsala";

test("[reader] statistics hide small counts, the CSV downloads, in every language at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [prefix, messages, lang] of [["", sv, "sv"], ["/fi", fi, "fi"], ["/en", en, "en"]] as const) {
    const t = messages.StatisticsPage;
    await page.goto(`${prefix}/statistik`);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    // The rule is written on the page, with the words a hidden number shows.
    await expect(page.getByText(t.suppression.replace("{suppressed}", t.suppressed))).toBeVisible();
    // The chart is one image with a name, and its numbers are in the table under it.
    await expect(page.getByRole("img", { name: new RegExp(`^${t.publishedChartTitle.split(",")[0]}`) })).toBeVisible();
    const months = page.getByRole("table", { name: new RegExp(`^${t.monthsCaption.split(",")[0]}`) });
    await expect(months.getByRole("row")).toHaveCount(13);
    // The themes' few demo stories are hidden: "färre än 5", never a small number.
    const themes = page.getByRole("table", { name: new RegExp(`^${t.themesCaption.split(",")[0]}`) });
    await expect(themes.getByRole("cell", { name: t.suppressed, exact: true }).first()).toBeVisible();
    for (const cell of await themes.getByRole("cell").allTextContents()) expect(cell).not.toMatch(/^[0-4]$/);
    await expect(page.getByRole("table", { name: new RegExp(`^${t.municipalitiesCaption.split(",")[0]}`) }).getByText(SMALL)).toHaveCount(0);
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);
  }

  // The CSV is the Swedish page's cells, with a header row; the small municipality is not in it.
  await page.goto("/statistik");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: sv.StatisticsPage.download }).click()]);
  expect(download.suggestedFilename()).toBe("statistik.csv");
  const csv = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.split("\r\n");
  expect(lines[0]).toBe("tabell,nyckel,namn,publicerade,andel_besvarade,mediandagar_till_publicering");
  expect(lines.filter((line) => line.startsWith("månad,"))).toHaveLength(12);
  expect(csv).toContain(sv.StatisticsPage.suppressed);
  expect(csv).not.toContain(SMALL);
});

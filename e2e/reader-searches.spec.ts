import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";

// Runs on the demo content (npm start's embedded database): two published stories tell of an
// appeal ("överklagandet"), one of them under the theme Funktionsnedsättning.
test("[reader] searches from the header, filters the results and opens a story", { tag: "@postgres" }, async ({ page }) => {
  await page.goto("/berattelser");
  const header = page.getByRole("search", { name: "Sök bland berättelserna" });
  await header.getByRole("searchbox", { name: "Sök bland berättelserna" }).fill("överklagade");
  await header.getByRole("button", { name: "Sök" }).click();

  await expect(page).toHaveURL(/\/sok\?q=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sök bland berättelserna");
  await expect(page.getByLabel("Sökord")).toHaveValue("överklagade");
  const results = page.getByRole("article");
  await expect(results).toHaveCount(2);
  await expect(page.getByRole("heading", { name: "2 träffar" })).toBeVisible();
  // Swedish stemming: "överklagade" finds "överklagandet", marked in the snippet as text.
  await expect(results.first().locator("mark").first()).toHaveText(/^överklag/i);
  await expectNoA11yViolations(page);

  await page.getByLabel("Tema", { exact: true }).selectOption({ label: "Funktionsnedsättning" });
  await page.getByRole("button", { name: "Sök", exact: true }).last().click();
  await expect(page).toHaveURL(/tagg=funktionsnedsattning/);
  await expect(page.getByLabel("Sökord")).toHaveValue("överklagade");
  await expect(results).toHaveCount(1);
  const title = "Boendestödet minskades utan att någon träffat vår dotter";
  await results.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("[reader] a search with nothing to look for gets a message next to the field", async ({ page }) => {
  for (const [query, message] of [
    ["", "Skriv ett eller flera ord att söka efter."],
    ["-hemtjänst", "Sökningen behöver minst ett ord med bokstäver eller siffror."],
    ["x".repeat(201), "Sökningen får vara högst 200 tecken."],
  ] as const) {
    const response = await page.goto(`/sok?${new URLSearchParams({ q: query })}`);
    expect(response?.status()).toBe(200);
    const field = page.getByLabel("Sökord");
    await expect(field).toHaveValue(query);
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(0);
  }
  await expectNoA11yViolations(page);

  const api = await page.request.get("/api/v1/search?q=-hemtj%C3%A4nst");
  expect(api.status()).toBe(400);
  expect((await api.json()).error.code).toBe("INVALID_QUERY");
});

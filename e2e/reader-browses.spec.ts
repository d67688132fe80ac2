import { type Browser, expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sendStory } from "./support/author";

test("[reader] finds a story under its tag", { tag: "@postgres" }, async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berättelser om kontakt med socialtjänsten");
  await expect(page.getByRole("link", { name: "Berätta om din kontakt med socialtjänsten" })).toHaveAttribute("href", "/beratta");
  await expect(page.getByRole("heading", { name: "Teman" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The newest story, and the first of its themes, as a reader sees them in the list.
  await page.getByRole("link", { name: "Alla berättelser" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berättelser");
  const newest = page.getByRole("article").first();
  await expect(newest, "needs at least one published story (the demo content has eight)").toBeVisible();
  const title = (await newest.getByRole("heading").innerText()).trim();
  const tagName = (await newest.getByRole("link").nth(1).innerText()).trim();
  await expectNoA11yViolations(page);

  // Filtering with the form works without JavaScript-only controls and keeps the choice.
  await page.getByLabel("Tema", { exact: true }).selectOption({ label: tagName });
  await page.getByRole("button", { name: "Visa berättelser" }).click();
  await expect(page).toHaveURL(/\/berattelser\?tagg=[a-z0-9-]+/);
  await expect(page.getByLabel("Tema", { exact: true })).toHaveValue(/[a-z0-9-]+/);
  await expect(page.getByText(new RegExp(`berättelser? om ${tagName}`))).toBeVisible();
  const cards = page.getByRole("article");
  for (const card of await cards.all()) {
    await expect(card.getByRole("link", { name: tagName, exact: true })).toBeVisible();
  }

  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  await expect(page.getByRole("link", { name: tagName, exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Kommentarer" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Skriv en kommentar" })).toBeVisible();
  await expectNoA11yViolations(page);

  // The tag on the story page leads back to the same theme's list.
  await page.getByRole("link", { name: tagName, exact: true }).click();
  await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();
});

test("[reader] a wrong theme, municipality or page gets a kind message, not an error", async ({ page }) => {
  let response = await page.goto("/berattelser?tagg=finns-inte&kommun=atlantis");
  expect(response?.status()).toBe(200);
  await expect(page.getByText("Vi hittade inget tema med det namnet.")).toBeVisible();
  // The municipality's message is beside its field, and what the reader wrote stays there.
  const municipality = page.getByRole("combobox", { name: "Kommun" });
  await expect(municipality).toHaveValue("atlantis");
  await expect(municipality).toHaveAttribute("aria-invalid", "true");
  await expect(municipality).toHaveAccessibleDescription(/Vi hittar ingen kommun som heter så\./);
  await expectNoA11yViolations(page);

  response = await page.goto("/berattelser?sida=9999");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/Sidan finns inte\. Listan har/)).toBeVisible();

  response = await page.goto("/berattelser?sida=inte-ett-tal");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berättelser");
});

test("[reader] filters by a municipality typed by name, with the names offered as suggestions", async ({ page }) => {
  await page.goto("/berattelser");
  // A demo story is from Malmö (prisma/seed-data.ts); journeys' own stories name no municipality.
  const place = "Malmö";

  // No suggestion is in the page until the reader comes to the field; then all 290 are.
  const field = page.getByRole("combobox", { name: "Kommun" });
  const suggestions = page.locator("datalist#filter-kommun-names option");
  await expect(suggestions).toHaveCount(0);
  await field.focus();
  await expect(suggestions).toHaveCount(290);

  // Typed in lower case without its å, ä or ö, as on a phone in a hurry.
  const typed = place.toLocaleLowerCase("sv").normalize("NFKD").replace(/\p{M}/gu, "");
  await field.fill(typed);
  await page.getByRole("button", { name: "Visa berättelser" }).click();
  await expect(page.getByRole("heading", { level: 2 })).toContainText(`i ${place}`);
  await expect(field).toHaveValue(place);
  await expect(field).not.toHaveAttribute("aria-invalid");
  const cards = await page.getByRole("article").all();
  expect(cards.length, "the demo's story from Malmö").toBeGreaterThan(0);
  for (const card of cards) await expect(card).toContainText(place);
  await expect(page.getByRole("link", { name: "Visa alla berättelser" })).toHaveAttribute("href", "/berattelser");
});

// A moderator's view is the only place that shows a waiting story's id.
async function pendingStoryId(browser: Browser, title: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await useAdminSession(page);
  const href = await page.getByRole("link", { name: `Granska berättelsen ”${title}”` }).getAttribute("href");
  await context.close();
  const id = href?.match(/\/mod\/berattelser\/([^/?#]+)$/)?.[1];
  if (!id) throw new Error(`No review link for "${title}" in the queue.`);
  return id;
}

test("[reader] a story waiting for moderation cannot be reached by page, list or API", async ({ page, browser, request }) => {
  const title = `Väntar fortfarande ${Date.now()}`;
  await sendStory({
    title,
    theme: "Äldreomsorg",
    body:
      "Jag kontaktade socialtjänsten om stöd i hemmet för min mamma. Det tog lång tid innan någon hörde av sig, " +
      "och när de gjorde det fick jag inte veta vad som skulle hända härnäst. Jag vill att fler ska veta hur det kan gå till.",
  });

  const id = await pendingStoryId(browser, title);

  const missing = await page.goto(`/berattelser/${id}`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await expect(page.getByText(title)).toHaveCount(0);
  // Exactly what an id that never existed gets.
  const unknown = await page.goto(`/berattelser/${id.replace(/.$/, (c) => (c === "a" ? "b" : "a"))}`);
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");

  const api = await request.get(`/api/v1/stories/${id}`);
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({
    error: { code: "NOT_FOUND", message: "Berättelsen finns inte eller är inte publicerad." },
  });

  const list = await request.get("/api/v1/stories?tagg=aldreomsorg");
  expect(list.status()).toBe(200);
  expect(JSON.stringify(await list.json())).not.toContain(title);
  await page.goto("/berattelser?tagg=aldreomsorg");
  await expect(page.getByText(title)).toHaveCount(0);
});

test("[reader] the API answers bad input with a 400 in Swedish", { tag: "@api" }, async ({ request }) => {
  const response = await request.get("/api/v1/stories?page=0");
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.code).toBe("INVALID_QUERY");
  expect(body.error.fields.page).toBe("Sidnumret måste vara ett heltal från 1 och uppåt.");

  const tags = await request.get("/api/v1/tags");
  expect(tags.status()).toBe(200);
  const { tags: list } = await tags.json();
  expect(list.length).toBeGreaterThan(0);
  expect(Object.keys(list[0]).sort()).toEqual(["description", "name", "slug", "storyCount"]);
});

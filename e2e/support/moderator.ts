import { expect, type Page } from "@playwright/test";

// The admin the e2e server is started with (playwright.config.ts).
export function adminLogin() {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) throw new Error("Set ADMIN_EMAIL and ADMIN_PASSWORD for the moderator tests.");
  return { email, password };
}

export async function logIn(page: Page, { email, password } = adminLogin()) {
  await page.goto("/mod/logga-in");
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page).toHaveURL(/\/mod$/);
}

// Opens a pending story from the moderators' queue by its title.
export async function openFromQueue(page: Page, title: string) {
  await page.goto("/mod");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Granska berättelse");
}

// Publishes the story open in the review view with a short reply, after an optional edit.
export async function publish(page: Page, edit?: { title: string; body: string }) {
  if (edit) {
    await page.getByLabel("Rubrik").fill(edit.title);
    await page.getByLabel("Text", { exact: true }).fill(edit.body);
  }
  await page.getByLabel("Svarstext").fill("Tack för att du berättar. Vänliga hälsningar, moderatorerna");
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await page.getByRole("dialog", { name: "Publicera berättelsen?" }).getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page).toHaveURL(/\/mod\?klart=publicerad$/);
}

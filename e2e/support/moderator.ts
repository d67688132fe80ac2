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

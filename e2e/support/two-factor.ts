import { type Browser, expect, type Page } from "@playwright/test";
import { generate } from "otplib";
import { logIn } from "./moderator";

export type Account = { name: string; email: string; password: string };

const currentStep = () => Math.floor(Date.now() / 30_000);

// A code for the time step `offset` steps from now. The step used to confirm is spent, so the
// next login uses the next step, which the server accepts as one step of clock drift.
export function totpCode(secret: string, offset = 0) {
  return generate({ secret, epoch: (currentStep() + offset) * 30 });
}

// A code the server takes after `usedStep` was spent: now's step, or the next one (which the
// server accepts as drift), waiting for the clock if need be. Never the step before now: the
// clock may pass a boundary before the server checks it.
export async function codeAfter(secret: string, usedStep: number): Promise<{ code: string; step: number }> {
  while (currentStep() + 1 <= usedStep) await new Promise((resolve) => setTimeout(resolve, 1000));
  const step = Math.max(usedStep + 1, currentStep());
  return { code: await generate({ secret, epoch: step * 30 }), step };
}

// A fresh account made by a logged-in admin, so no other spec's admin gets a second factor.
export async function createAccount(adminPage: Page, { role = "MODERATOR" }: { role?: "MODERATOR" | "ADMIN" } = {}) {
  const stamp = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const account: Account = { name: `Tvåsteg ${stamp}`, email: `tvasteg-${stamp}@example.se`, password: "ett e2e-lösenord för tvåsteg" };
  await adminPage.goto("/mod/konton");
  await adminPage.getByLabel("Namn").fill(account.name);
  await adminPage.getByLabel("E-postadress").fill(account.email);
  if (role === "ADMIN") await adminPage.getByLabel("Roll").selectOption("ADMIN");
  await adminPage.getByLabel("Första lösenord").fill(account.password);
  await adminPage.getByRole("button", { name: "Skapa kontot" }).click();
  await expect(adminPage.getByText(`Kontot för ${account.name} är skapat.`)).toBeVisible();
  return account;
}

export async function logInWithCode(page: Page, account: Account, code: string) {
  await page.goto("/mod/logga-in");
  await page.getByLabel("E-postadress").fill(account.email);
  await page.getByLabel("Lösenord").fill(account.password);
  await page.getByLabel("Kod från din app").fill(code);
  await page.getByRole("button", { name: "Logga in" }).click();
}

// Sets up two-factor login on the page's logged-in account and returns the secret, read from
// the page as a person typing it into their app would: the server drew it and keeps it, and
// only the code goes back.
export async function enableTwoFactor(page: Page): Promise<{ secret: string; step: number }> {
  await page.goto("/mod/konto/tvastegsverifiering");
  const secret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  // Confirm with the step before now, which the server accepts as drift: the two logins after
  // it can then use now's step and the next one without waiting up to 30 s for the clock. Not in
  // a step's last two seconds, so the server's "now" is still ours when it checks.
  while (Date.now() % 30_000 > 28_000) await new Promise((resolve) => setTimeout(resolve, 250));
  const step = currentStep() - 1;
  await page.getByLabel("Kod från appen").fill(await generate({ secret, epoch: step * 30 }));
  await page.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  // The page is drawn again with the new state.
  await expect(page.getByText(/Tvåstegsverifiering är på för ditt konto sedan/)).toBeVisible();
  return { secret, step };
}

export async function pageFor(browser: Browser, account?: Account) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (account) await logIn(page, account);
  return page;
}

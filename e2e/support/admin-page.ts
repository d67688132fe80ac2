import fs from "node:fs";
import path from "node:path";
import { type Browser, type BrowserContext, expect, type Page, test } from "@playwright/test";

// The e2e admin's cookies, saved once per server by the setup projects (e2e/admin.setup.ts), so
// that journeys which only need "a logged-in admin" do not log in through the form each time.
// Keyed by the server's port: each server has its own sessions. A journey given this session
// must never sign out or end the admin's sessions, since every later journey shares it; specs
// that test logging in or out use their own login (support/moderator.ts's logIn).
export function adminStatePath(baseURL: string): string {
  return path.join(__dirname, "..", "..", ".e2e", "admin-sessions", `${new URL(baseURL).port}.json`);
}

function savedState(): string {
  const { baseURL } = test.info().project.use;
  if (!baseURL) throw new Error(`Project ${test.info().project.name} has no baseURL for the admin session.`);
  return adminStatePath(baseURL);
}

// The admin's session in this page's own browser context, which lands on the queue as logIn does.
export async function useAdminSession(page: Page): Promise<void> {
  const { cookies } = JSON.parse(fs.readFileSync(savedState(), "utf8")) as Awaited<ReturnType<BrowserContext["storageState"]>>;
  await page.context().addCookies(cookies);
  await page.goto("/mod");
  await expect(page).toHaveURL(/\/mod$/);
}

// A logged-in admin's page in a browser context of its own, as another person's browser would be.
export async function openAdminPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: savedState() });
  return context.newPage();
}

import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { callServerAction, listServerActions } from "./support/server-actions";
import { type Account, createAccount, enableTwoFactor, pageFor } from "./support/two-factor";

// A session cookie copied before an event (the thief's copy) is replayed after it, each probe
// from a fresh browser: against a moderator page, /api/auth/session and a moderator action.
// The action is sent without input: a live session gets as far as INVALID_INPUT, a dead one
// stops at UNAUTHORIZED, and nothing is created either way.
const cookieName = "next-auth.session-token";
const alive = { page: "/mod", session: "described", action: "INVALID_INPUT" };
const dead = { page: "/mod/logga-in", session: "empty", action: "UNAUTHORIZED" };

async function sessionCookieOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((candidate) => candidate.name === cookieName);
  expect(cookie, "a session cookie").toBeTruthy();
  return cookie!.value;
}

async function replay(browser: Browser, baseURL: string, value: string) {
  const withCookie = async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: cookieName, value, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
    return context;
  };
  const forPage = await withCookie();
  const page = await forPage.newPage();
  await page.goto("/mod");
  const landed = new URL(page.url()).pathname;
  await forPage.close();

  const forSession = await withCookie();
  const session = (await (await forSession.request.get("/api/auth/session")).json()) as Record<string, unknown>;
  await forSession.close();

  const forAction = await withCookie();
  const createTemplate = listServerActions().find((action) => action.exportedName === "createTemplateAction")!;
  const response = await callServerAction(forAction.request, { action: createTemplate, pagePath: "/mod/mallar", args: [{}] });
  const text = await response.text();
  await forAction.close();
  return {
    page: landed,
    session: Object.keys(session).length > 0 ? "described" : "empty",
    action: /"message":"([A-Z_]+)"/.exec(text)?.[1] ?? `HTTP ${response.status()}`,
  };
}

// A fresh moderator logged in in its own browser, and the admin's page to act on it.
async function moderatorWithStolenCookie(page: Page, browser: Browser, baseURL: string) {
  await useAdminSession(page);
  const account = await createAccount(page);
  const moderatorPage = await pageFor(browser, account);
  const stolen = await sessionCookieOf(moderatorPage);
  expect(await replay(browser, baseURL, stolen), "the copied cookie works before the event").toEqual(alive);
  return { account, moderatorPage, stolen };
}

async function accountButton(page: Page, action: string, account: Account) {
  await page.getByRole("button", { name: `${action}: ${account.name}` }).click();
  await expect(page.getByText(`Ändringen är sparad för ${account.name}.`)).toBeVisible();
}

test("[moderator] signing out ends the session on the server", async ({ page, browser, baseURL }) => {
  const { moderatorPage, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  await moderatorPage.getByRole("button", { name: "Logga ut", exact: true }).click();
  await expect(moderatorPage).toHaveURL(/\/mod\/logga-in$/);
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
});

test("[admin] a password reset ends every session of the account", async ({ page, browser, baseURL }) => {
  const { account, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  await page.goto("/mod/konton");
  await page.locator("summary", { hasText: `för ${account.name}` }).click();
  await page.getByLabel(`Nytt lösenord för ${account.name}`).fill("ett helt nytt lösenord för e2e");
  await page.getByRole("button", { name: "Spara nytt lösenord" }).click();
  await expect(page.getByText(`Lösenordet är bytt för ${account.name}.`)).toBeVisible();
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
});

test("[admin] deactivating ends every session, and reactivating revives none", async ({ page, browser, baseURL }) => {
  const { account, moderatorPage, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  await page.goto("/mod/konton");
  await accountButton(page, "Stäng av", account);
  await accountButton(page, "Aktivera igen", account);
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
  // The moderator's own browser is logged out too, and told why.
  await moderatorPage.goto("/mod/mallar");
  await expect(moderatorPage).toHaveURL(/\/mod\/logga-in\?utloggad=avslutad$/);
  await expect(moderatorPage.getByText("Din inloggning har avslutats")).toBeVisible();
  await expectNoA11yViolations(moderatorPage);
});

test("[admin] a role change ends every session of the account", async ({ page, browser, baseURL }) => {
  const { account, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  await page.goto("/mod/konton");
  await accountButton(page, "Gör till administratör", account);
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
});

test("[moderator] switching on two-factor login ends every earlier session, but not the work at hand", async ({ page, browser, baseURL }) => {
  const { moderatorPage, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  await enableTwoFactor(moderatorPage);
  expect(await sessionCookieOf(moderatorPage)).not.toBe(stolen);
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
  // The browser that made the change was given a new session.
  await moderatorPage.goto("/mod/mallar");
  await expect(moderatorPage).toHaveURL(/\/mod\/mallar$/);
});

test("[moderator] logging out everywhere ends every session of the account", async ({ page, browser, baseURL }) => {
  const { account, moderatorPage, stolen } = await moderatorWithStolenCookie(page, browser, baseURL!);
  const otherDevice = await pageFor(browser, account);
  await expectNoA11yViolations(otherDevice);
  await otherDevice.getByRole("button", { name: "Logga ut överallt" }).click();
  await expect(otherDevice).toHaveURL(/\/mod\/logga-in\?utloggad=overallt$/);
  await expect(otherDevice.getByText("Du är nu utloggad överallt")).toBeVisible();
  expect(await replay(browser, baseURL!, stolen)).toEqual(dead);
  await moderatorPage.goto("/mod");
  await expect(moderatorPage).toHaveURL(/\/mod\/logga-in\?utloggad=avslutad$/);

  // It is in the log, for admins only.
  await page.goto("/mod/logg");
  await expect(page.getByRole("heading", { level: 2, name: /Loggade ut överallt/ }).first()).toBeVisible();
});

test("[moderator] the log keeps account events and e-mail addresses from a moderator who is not an admin", async ({ page, browser }) => {
  await useAdminSession(page);
  const account = await createAccount(page);
  await page.goto("/mod/logg");
  await expect(page.getByText(`Konto: ${account.name}`)).toBeVisible();

  const moderatorPage = await pageFor(browser, account);
  for (const path of ["/mod/logg", "/mod/logg?sida=2", "/mod/logg?sida=999"]) {
    await moderatorPage.goto(path);
    await expect(moderatorPage.getByText("Händelser som gäller konton och inställningar visas bara för administratörer.")).toBeVisible();
    await expect(moderatorPage.getByText(/Skapade ett konto|Ändrade ett konto/)).toHaveCount(0);
    expect(await moderatorPage.content(), path).not.toMatch(/@example\.se|@sakligt\.test/);
  }
});

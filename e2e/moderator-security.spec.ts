import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { generate } from "otplib";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { expectNoCspViolations, watchCspViolations } from "./support/csp";
import { logIn } from "./support/moderator";
import { codeAfter, createAccount, enableTwoFactor, logInWithCode, pageFor } from "./support/two-factor";

const loginFailed = "Fel e-postadress eller lösenord, eller fel kod från appen.";

test("[moderator] sets up two-factor login and must give a code next time", async ({ page, browser }) => {
  await useAdminSession(page);
  const account = await createAccount(page);
  const moderatorPage = await pageFor(browser, account);
  const violations = watchCspViolations(moderatorPage);

  await moderatorPage.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Tvåstegsverifiering" }).click();
  await expect(moderatorPage.getByRole("heading", { level: 1, name: "Tvåstegsverifiering" })).toBeVisible();
  await expect(moderatorPage.getByRole("img", { name: "QR-kod med den hemliga nyckeln för din app" })).toBeVisible();
  await expectNoA11yViolations(moderatorPage);

  // A wrong code does not switch it on, and keeps what was typed.
  await moderatorPage.getByLabel("Kod från appen").fill("000000");
  await moderatorPage.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(moderatorPage.getByText("Koden stämmer inte.")).toBeVisible();
  await expect(moderatorPage.getByLabel("Kod från appen")).toHaveValue("000000");
  await expectNoA11yViolations(moderatorPage);

  const { secret, step } = await enableTwoFactor(moderatorPage);
  await expectNoA11yViolations(moderatorPage);
  expectNoCspViolations(violations, "the two-factor page");

  // Next time, the password alone is not enough.
  await moderatorPage.context().clearCookies();
  await logInWithCode(moderatorPage, account, "");
  await expect(moderatorPage.getByText(loginFailed)).toBeVisible();
  await expect(moderatorPage).toHaveURL(/\/mod\/logga-in$/);
  const login = await codeAfter(secret, step);
  await logInWithCode(moderatorPage, account, login.code);
  await expect(moderatorPage).toHaveURL(/\/mod$/);

  // Turning it off takes a code too.
  await moderatorPage.goto("/mod/konto/tvastegsverifiering");
  await moderatorPage.getByLabel("Kod från appen").fill("123456");
  await moderatorPage.getByRole("button", { name: "Stäng av tvåstegsverifiering" }).click();
  await expect(moderatorPage.getByText("Koden stämmer inte.")).toBeVisible();
  await moderatorPage.getByLabel("Kod från appen").fill((await codeAfter(secret, login.step)).code);
  await moderatorPage.getByRole("button", { name: "Stäng av tvåstegsverifiering" }).click();
  await expect(moderatorPage.getByText("Tvåstegsverifiering är av för ditt konto.")).toBeVisible();
  await moderatorPage.context().close();
});

test("[moderator] a reused or wrong code is refused", async ({ page, browser }) => {
  await useAdminSession(page);
  const account = await createAccount(page);
  const moderatorPage = await pageFor(browser, account);
  const { secret, step } = await enableTwoFactor(moderatorPage);
  await moderatorPage.context().clearCookies();

  // The code that confirmed the set-up is spent; so is a code once used to log in.
  await logInWithCode(moderatorPage, account, await generate({ secret, epoch: step * 30 }));
  await expect(moderatorPage.getByText(loginFailed)).toBeVisible();
  await logInWithCode(moderatorPage, account, "654321");
  await expect(moderatorPage.getByText(loginFailed)).toBeVisible();
  const { code } = await codeAfter(secret, step);
  await logInWithCode(moderatorPage, account, code);
  await expect(moderatorPage).toHaveURL(/\/mod$/);
  await moderatorPage.context().clearCookies();
  await logInWithCode(moderatorPage, account, code);
  await expect(moderatorPage.getByText(loginFailed)).toBeVisible();
  await expectNoA11yViolations(moderatorPage);
  await moderatorPage.context().close();
});

test("[moderator] ten wrong codes lock the second factor; the form says for how long, the admin sees it", async ({ page, browser }) => {
  await useAdminSession(page);
  const account = await createAccount(page);
  const moderatorPage = await pageFor(browser, account);
  const { secret, step } = await enableTwoFactor(moderatorPage);
  // Logged out, but the browser keeps its device cookie for the account.
  await moderatorPage.context().clearCookies({ name: "next-auth.session-token" });

  for (let i = 0; i < 10; i++) {
    await logInWithCode(moderatorPage, account, String(110000 + i));
    await expect(moderatorPage.getByText(loginFailed)).toBeVisible();
  }
  await logInWithCode(moderatorPage, account, (await codeAfter(secret, step)).code);
  await expect(moderatorPage.getByRole("alert").filter({ hasText: "Inloggningen är pausad" })).toContainText("15 minuter");
  await expect(moderatorPage).toHaveURL(/\/mod\/logga-in$/);
  await expect(moderatorPage.getByLabel("E-postadress")).toHaveValue(account.email);
  await expectNoA11yViolations(moderatorPage);

  // Without the password, nothing is told about the lock.
  await moderatorPage.getByLabel("Lösenord").fill("inte lösenordet");
  await moderatorPage.getByRole("button", { name: "Logga in" }).click();
  await expect(moderatorPage.getByText(loginFailed)).toBeVisible();

  await page.goto("/mod/konton");
  const twoFactorList = page.getByRole("region", { name: "Tvåstegsverifiering för alla" });
  await expect(twoFactorList.getByRole("listitem").filter({ hasText: account.name })).toContainText("Koden från appen är spärrad till");
  await moderatorPage.context().close();
});

test("[admin] requires two-factor for everyone", async ({ page, browser }) => {
  await useAdminSession(page);
  const admin = await createAccount(page, { role: "ADMIN" });
  const moderator = await createAccount(page);
  const adminPage = await pageFor(browser, admin);
  await adminPage.goto("/mod/konton");
  const requirement = adminPage.getByLabel("Kräv tvåstegsverifiering för alla konton");

  // Not before the admin has it: nobody may lock out the one who can undo it.
  await requirement.check();
  await adminPage.getByRole("button", { name: "Spara", exact: true }).click();
  await expect(adminPage.getByText("Slå på tvåstegsverifiering för ditt eget konto först")).toBeVisible();

  await enableTwoFactor(adminPage);
  await adminPage.goto("/mod/konton");
  try {
    await requirement.check();
    await adminPage.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(adminPage.getByText("Inställningen är sparad.")).toBeVisible();
    await expectNoA11yViolations(adminPage);

    // A moderator without it is sent to set it up, and can reach nothing else.
    const moderatorPage = await pageFor(browser);
    await moderatorPage.goto("/mod/logga-in");
    await moderatorPage.getByLabel("E-postadress").fill(moderator.email);
    await moderatorPage.getByLabel("Lösenord").fill(moderator.password);
    await moderatorPage.getByRole("button", { name: "Logga in" }).click();
    await expect(moderatorPage).toHaveURL(/\/mod\/konto\/tvastegsverifiering$/);
    await expect(moderatorPage.getByText("Administratören kräver tvåstegsverifiering")).toBeVisible();
    await expectNoA11yViolations(moderatorPage);
    for (const path of ["/mod", "/mod/mallar", "/mod/logg"]) {
      await moderatorPage.goto(path);
      await expect(moderatorPage, path).toHaveURL(/\/mod\/konto\/tvastegsverifiering$/);
    }
    await enableTwoFactor(moderatorPage);
    await moderatorPage.getByRole("link", { name: "Fortsätt till kön" }).click();
    await expect(moderatorPage).toHaveURL(/\/mod$/);
    await expect(moderatorPage.getByRole("heading", { level: 1 })).toBeVisible();
    await moderatorPage.context().close();
  } finally {
    // Other specs log in with the e2e admin, who has no second factor.
    await adminPage.goto("/mod/konton");
    await requirement.uncheck();
    await adminPage.getByRole("button", { name: "Spara", exact: true }).click();
    await expect(adminPage.getByText("Inställningen är sparad.")).toBeVisible();
    await adminPage.context().close();
  }
});

test("[moderator] the session cookie is HttpOnly and SameSite", async ({ page }) => {
  const callback = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await logIn(page);
  const setCookie = (await (await callback).headerValue("set-cookie")) ?? "";
  const sessionCookie = setCookie.split("\n").find((line) => line.startsWith("next-auth.session-token="));
  expect(sessionCookie).toBeTruthy();
  expect(sessionCookie).toMatch(/;\s*HttpOnly/i);
  expect(sessionCookie).toMatch(/;\s*SameSite=Lax/i);
  expect(sessionCookie).toMatch(/;\s*Path=\//i);
  const [cookie] = (await page.context().cookies()).filter((c) => c.name === "next-auth.session-token");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
  // The device cookie (lib/auth/device-cookie.ts) comes with the same answer: sent only to the
  // login endpoints, kept for a year.
  const deviceCookie = setCookie.split("\n").find((line) => line.startsWith("sakligt-device="));
  expect(deviceCookie).toMatch(/;\s*HttpOnly/i);
  expect(deviceCookie).toMatch(/;\s*SameSite=Lax/i);
  expect(deviceCookie).toMatch(/;\s*Path=\/api\/auth(;|$)/i);
  expect(deviceCookie).toMatch(/;\s*Max-Age=31536000/i);
});

// The server runs with the default 30 minutes; a token whose last activity is older than that
// is made here with the server's own secret (kept in its data directory), as the clock cannot
// be wound forward in a running server.
test("[moderator] an idle session ends with a message on the login page", async ({ page, baseURL }, testInfo) => {
  const secret = fs.readFileSync(path.join(__dirname, "..", ".e2e", testInfo.project.name, "auth-secret"), "utf8").trim();
  const now = Date.now();
  const value = await encode({ token: { sub: "someone", loginAt: now - 40 * 60_000, lastActivity: now - 31 * 60_000 }, secret });
  await page.context().addCookies([{ name: "next-auth.session-token", value, url: baseURL!, httpOnly: true, sameSite: "Lax" }]);
  await page.goto("/mod/mallar");
  await expect(page).toHaveURL(/\/mod\/logga-in\?utloggad=inaktiv$/);
  await expect(page.getByText("Du loggades ut efter 30 minuter utan aktivitet.")).toBeVisible();
  expect((await page.context().cookies()).filter((c) => c.name === "next-auth.session-token")).toEqual([]);
  await expectNoA11yViolations(page);
});

test("[moderator] no moderator page breaks the Content-Security-Policy", async ({ page, request }) => {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  const violations = watchCspViolations(page);
  await useAdminSession(page);
  for (const path of [`/mod/berattelser/${stories[0].id}`, "/mod", "/mod/kommentarer", "/mod/mallar", "/mod/mallar/ny", "/mod/taggar", "/mod/logg", "/mod/konton", "/mod/konto/tvastegsverifiering"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  // Client components still hydrate: the navigation works without a full reload.
  await page.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Mallar" }).click();
  await expect(page).toHaveURL(/\/mod\/mallar$/);
  expectNoCspViolations(violations, "the moderator pages");
});

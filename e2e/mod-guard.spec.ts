import { type APIRequestContext, type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { adminLogin, logIn } from "./support/moderator";

const modPages = ["/mod", "/mod/konton", "/mod/logg", "/mod/mallar", "/mod/taggar", "/mod/berattelser/x"];
const loginHeading = "Logga in";

// A cookie with the session's name but no valid token gets past the proxy (which only looks for
// the cookie), so what answers is the page's or the action's own check.
async function forgedSessionContext(browser: Browser, baseURL: string) {
  const context = await browser.newContext();
  await context.addCookies([{ name: "next-auth.session-token", value: "forged", url: baseURL }]);
  return context;
}

test("[visitor] every /mod page redirects to the login page", async ({ page, browser, baseURL }) => {
  for (const path of modPages) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/mod\/logga-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(loginHeading);
  }
  await expectNoA11yViolations(page);

  const forged = await (await forgedSessionContext(browser, baseURL!)).newPage();
  for (const path of modPages) {
    await forged.goto(path);
    await expect(forged, `${path} with a forged cookie`).toHaveURL(/\/mod\/logga-in$/);
  }
});

test("[visitor] a wrong password gets one calm message that names neither field", async ({ page }) => {
  await page.goto("/mod/logga-in");
  await page.getByLabel("E-postadress").fill("ingen@example.se");
  await page.getByLabel("Lösenord").fill("fel lösenord");
  await page.getByRole("button", { name: "Logga in" }).click();
  await expect(page.getByText("Fel e-postadress eller lösenord")).toBeVisible();
  await expect(page).toHaveURL(/\/mod\/logga-in$/);
  await expect(page.getByLabel("E-postadress")).toHaveValue("ingen@example.se");
  await expectNoA11yViolations(page);
});

test("[moderator] logs in and sees the queue", async ({ page }) => {
  const { email, password } = adminLogin();
  await logIn(page, { email, password });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kö att granska");
  const nav = page.getByRole("navigation", { name: "Moderering" });
  // The queue and the comments carry their counts: "Kö (3, 1 brådskande)", "Kommentarer (2)".
  for (const link of ["Kö", "Kommentarer"]) {
    await expect(nav.getByRole("link", { name: new RegExp(`^${link} \\(\\d+[^)]*\\)$`) })).toBeVisible();
  }
  for (const link of ["Mallar", "Taggar", "Logg", "Konton"]) {
    await expect(nav.getByRole("link", { name: link, exact: true })).toBeVisible();
  }
  await expect(page.getByRole("heading", { level: 2, name: "Berättelser" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Kommentarer" })).toBeVisible();
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Logga ut", exact: true }).click();
  await expect(page).toHaveURL(/\/mod\/logga-in$/);
});

// Server actions are public endpoints: replaying one captured from an admin's session must be
// refused for a visitor (UNAUTHORIZED) and for a moderator who is not an admin (FORBIDDEN).
test("[moderator] account actions refuse a visitor and a non-admin", async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const moderator = { name: `E2E Moderator ${stamp}`, email: `e2e-${stamp}@example.se`, password: "e2e moderatorns lösenord" };
  await useAdminSession(page);
  await page.goto("/mod/konton");
  await expectNoA11yViolations(page);

  const captured = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByLabel("Namn").fill(moderator.name);
  await page.getByLabel("E-postadress").fill(moderator.email);
  await page.getByLabel("Första lösenord").fill(moderator.password);
  await page.getByRole("button", { name: "Skapa kontot" }).click();
  await expect(page.getByText(`Kontot för ${moderator.name} är skapat.`)).toBeVisible();
  const request = await captured;
  const actionId = request.headers()["next-action"];
  const replay = (api: APIRequestContext, as: string) =>
    api.post("/mod/konton", {
      headers: { "Next-Action": actionId, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
      data: request.postData()!.replaceAll(moderator.email, `${as}-${stamp}@example.se`),
      maxRedirects: 0,
    });

  const visitor = await forgedSessionContext(browser, baseURL!);
  const visitorResponse = await replay(visitor.request, "visitor");
  expect(await visitorResponse.text()).toContain('"message":"UNAUTHORIZED"');

  const moderatorContext = await browser.newContext();
  const moderatorPage = await moderatorContext.newPage();
  await logIn(moderatorPage, moderator);
  await expect(moderatorPage.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Konton" })).toHaveCount(0);
  const forbiddenResponse = await replay(moderatorContext.request, "moderator");
  expect(await forbiddenResponse.text()).toContain('"message":"FORBIDDEN"');
  const accountsPage = await moderatorPage.goto("/mod/konton");
  expect(accountsPage?.status()).toBe(403);

  await page.reload();
  await expect(page.getByRole("cell", { name: moderator.email })).toBeVisible();
  await expect(page.getByText(`visitor-${stamp}@example.se`)).toHaveCount(0);
  await expect(page.getByText(`moderator-${stamp}@example.se`)).toHaveCount(0);

  // The creation is in the log, by the admin.
  await page.goto("/mod/logg");
  await expect(page.getByRole("heading", { level: 2, name: /Skapade ett konto/ }).first()).toBeVisible();
  await expect(page.getByText(`Konto: ${moderator.name}`)).toBeVisible();
  await expectNoA11yViolations(page);
});

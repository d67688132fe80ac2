import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sampleStoryBody } from "./support/author";
import { waitForProofOfWork } from "./support/proof-of-work";
import { inOneWindow } from "./support/rate-limit-window";

// Abuse protection that tracks no one: a proof of work solved while the person writes, a
// honeypot only bots fill, and an hourly limit per source. Each test arrives from its own
// documentation address (RFC 5737); the e2e servers believe X-Forwarded-For (TRUST_PROXY=true).

const stamp = Date.now();

async function visitor(browser: Browser) {
  const address = `203.0.113.${1 + Math.floor(Math.random() * 254)}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  return context.newPage();
}

async function fillStory(page: Page, title: string) {
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(sampleStoryBody);
  await page.getByLabel(/^Bemötande/).check();
  await page.getByLabel(/Jag förstår och godkänner/).check();
}

test("[author] sends a story with the proof of work solved in the background", async ({ browser, baseURL }) => {
  const page = await visitor(browser);
  const origins = new Set<string>();
  const cspErrors: string[] = [];
  page.on("request", (request) => origins.add(new URL(request.url()).origin));
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text());
  });

  const challenge = page.waitForResponse((response) => response.url().endsWith("/api/altcha/challenge"));
  const loaded = Date.now();
  await page.goto("/beratta");
  const response = await challenge;
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(response.headers()["set-cookie"]).toBeUndefined();
  const solvedAfter = await waitForProofOfWork(page);
  console.log(`proof of work verified ${Date.now() - loaded} ms after navigation (${solvedAfter} ms after the page was ready)`);
  await expect(page.getByRole("checkbox", { name: "Kontrollen mot skräppost är klar" })).toBeChecked();
  await expectNoA11yViolations(page);

  const title = `Ett bemötande jag minns ${stamp}`;
  await fillStory(page, title);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(page).toHaveURL(/\/kvitto\/[A-Za-z0-9_-]{43}\?ny=1$/);

  // Only our own server was asked for anything: no third-party host, no analytics.
  expect([...origins].filter((origin) => origin !== new URL(baseURL!).origin && !origin.startsWith("blob:") && origin !== "null")).toEqual([]);
  expect(cspErrors).toEqual([]);
  await page.context().close();
});

test("[author] a bot that fills the honeypot is thanked and nothing is stored", async ({ browser, page }) => {
  const bot = await visitor(browser);
  await bot.goto("/beratta");
  const title = `Honungsfälla ${stamp}`;
  await fillStory(bot, title);
  // Out of sight and out of the tab order, so only a script fills it.
  const trap = bot.locator('input[name="website"]');
  await expect(trap).not.toBeInViewport();
  await expect(trap).toHaveAttribute("tabindex", "-1");
  await trap.evaluate((input: HTMLInputElement) => {
    input.value = "https://spam.example";
  });
  await waitForProofOfWork(bot);
  await bot.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(bot).toHaveURL(/\/beratta\/tack$/);
  await expect(bot.getByRole("heading", { level: 1 })).toHaveText("Tack för din berättelse");
  await expectNoA11yViolations(bot);
  await bot.context().close();

  await useAdminSession(page);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("[author] past the hourly limit a calm message appears beside the form and the text stays", async ({ browser }) => {
  // Six sends through the form at full strength; slow on a loaded machine.
  test.setTimeout(600_000);
  // The default limit is five stories per source and hour (RATE_LIMIT_STORIES_PER_HOUR), in
  // windows starting at :00: six sends split across an edge would count in two.
  await inOneWindow(60 * 60_000, async (checkpoint) => {
    const page = await visitor(browser);
    for (let i = 1; i <= 5; i++) {
      await page.goto("/beratta");
      await fillStory(page, `Berättelse nummer ${i} ${stamp}`);
      await waitForProofOfWork(page);
      await page.getByRole("button", { name: "Skicka berättelsen" }).click();
      await expect(page).toHaveURL(/\/kvitto\//);
    }

    await page.goto("/beratta");
    const title = `En berättelse för mycket ${stamp}`;
    await fillStory(page, title);
    await waitForProofOfWork(page);
    await checkpoint().catch(async (error) => {
      await page.context().close();
      throw error;
    });
    await page.getByRole("button", { name: "Skicka berättelsen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "många berättelser" })).toContainText("din text finns kvar");
    await expect(page).toHaveURL(/\/beratta$/);
    await expect(page.getByLabel("Rubrik")).toHaveValue(title);
    await expect(page.getByRole("textbox", { name: "Din berättelse" })).toHaveValue(sampleStoryBody);
    await expectNoA11yViolations(page);
    // The widget solves a fresh challenge for the next try.
    await waitForProofOfWork(page);
    await page.context().close();
  });
});

test("[moderator] repeated wrong passwords for one account are slowed down with a clear message", async ({ browser }) => {
  test.setTimeout(180_000);
  // The default allowance is ten failed attempts per account in a quarter of an hour. The
  // windows are fixed (:00, :15, :30, :45 UTC): eleven attempts split across an edge would count
  // in two windows.
  await inOneWindow(15 * 60_000, async (checkpoint) => {
    const page = await visitor(browser);
    await page.goto("/mod/logga-in");
    const account = `gissning-${stamp}-${Math.floor(Math.random() * 1e6)}@sakligt.test`;
    for (let i = 1; i <= 10; i++) {
      await page.getByLabel("E-postadress").fill(account);
      await page.getByLabel("Lösenord").fill(`fel-losenord-${i}`);
      // Each attempt is awaited to its answer, so no two overlap.
      const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
      await page.getByRole("button", { name: "Logga in" }).click();
      await answered;
      await expect(page.getByRole("alert").filter({ hasText: "Fel e-postadress eller lösenord" })).toBeVisible();
    }
    await page.getByLabel("Lösenord").fill("fel-losenord-11");
    await checkpoint().catch(async (error) => {
      await page.context().close();
      throw error;
    });
    await page.getByRole("button", { name: "Logga in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "För många inloggningsförsök" })).toBeVisible();
    await expect(page.getByLabel("E-postadress")).toHaveValue(account);
    await expectNoA11yViolations(page);
    await page.context().close();
  });
});


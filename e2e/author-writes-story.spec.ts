import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { waitForProofOfWork } from "./support/proof-of-work";

const title = "Ett långt väntande på ett besked";
const body =
  "Jag sökte ekonomiskt bistånd i våras. Min handläggare var vänlig, men det tog sex veckor innan jag fick ett beslut. " +
  "Under tiden fick jag låna pengar av en vän för att betala hyran. Jag hade önskat att någon sagt hur lång tiden brukar vara.";

test("[author] a failed send keeps the text, the draft survives a reload, and the receipt link shows the story waiting", { tag: "@postgres" }, async ({ page }) => {
  await page.goto("/beratta");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Berätta");
  await expectNoA11yViolations(page);

  // Too short, no theme, no consent: refused in the browser, with every character kept.
  await page.getByLabel("Rubrik").fill("Kort");
  await page.getByRole("textbox", { name: "Din berättelse" }).fill("För kort.\nMen min.");
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Berättelsen skickades inte");
  await expect(page.locator("#title-fel")).toHaveText("Rubriken behöver vara minst 5 tecken.");
  await expect(page.locator("#tagIds-fel")).toHaveText("Välj minst ett tema.");
  await expect(page.locator("#consent-fel")).toContainText("godkänna");
  await expect(page.getByLabel("Rubrik")).toBeFocused();
  await expect(page.getByLabel("Rubrik")).toHaveValue("Kort");
  await expect(page.getByRole("textbox", { name: "Din berättelse" })).toHaveValue("För kort.\nMen min.");
  await expectNoA11yViolations(page);

  // The draft lives in this tab's sessionStorage and comes back after a reload.
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(body);
  await page.getByLabel("Ekonomiskt bistånd").check();
  await page.reload();
  await expect(page.getByLabel("Rubrik")).toHaveValue(title);
  await expect(page.getByRole("textbox", { name: "Din berättelse" })).toHaveValue(body);
  await expect(page.getByLabel("Ekonomiskt bistånd")).toBeChecked();

  await page.getByLabel("Kommun (frivilligt)").selectOption({ label: "Uppsala" });
  await page.getByLabel(/^Klient/).check();
  await page.getByLabel(/Jag förstår och godkänner/).check();
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();

  await expect(page).toHaveURL(/\/kvitto\/[A-Za-z0-9_-]{43}\?ny=1$/);
  await expect(page.getByRole("heading", { name: /Spara den här länken/ })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
  const link = page.getByLabel("Din privata länk");
  await expect(link).toHaveValue(/^https?:\/\/.+\/kvitto\/[A-Za-z0-9_-]{43}$/);
  await expectNoA11yViolations(page);
  const receiptUrl = await link.inputValue();

  // The draft is gone once the story has arrived.
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);

  // Opening the saved link later: the story is waiting, shown as sent, without the save box.
  await page.goto(receiptUrl);
  await expect(page.getByText(/Väntar på granskning/)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Spara den här länken/ })).toHaveCount(0);
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).href).filter((href) => !href.startsWith(location.origin)),
  );
  expect(outside).toEqual([]);
});

test("[author] a receipt link that is not ours is a plain 404", async ({ page }) => {
  const response = await page.goto(`/kvitto/${"A".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
});

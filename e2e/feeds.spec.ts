import { type Browser, expect, type Page, test } from "@playwright/test";
import en from "../messages/en/api-docs.json";
import fi from "../messages/fi/api-docs.json";
import sv from "../messages/sv/api-docs.json";
import feeds from "../messages/sv/feeds.json";
import { expectNoA11yViolations } from "./support/a11y";
import { openAdminPage } from "./support/admin-page";
import { sendStory } from "./support/author";
import { openFromQueue, publish } from "./support/moderator";
import { expectNoSidewaysScroll } from "./support/phone";

const stamp = Date.now();
const THEME = { name: "Ekonomiskt bistånd", slug: "ekonomiskt-bistand" };
const GOTEBORG = "1480";

async function asModerator(browser: Browser, work: (page: Page) => Promise<void>) {
  const page = await openAdminPage(browser);
  await work(page);
  await page.context().close();
}

test("[reader] a theme's feed, linked from the list's head, gains a published story and loses it when its author withdraws it", async ({ page, browser, baseURL }) => {
  const title = `En berättelse att följa ${stamp}`;
  const receipt = await sendStory({ title, theme: THEME.name, municipalityCode: GOTEBORG });

  await page.goto(`/berattelser?tagg=${THEME.slug}`);
  const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(alternate).toHaveAttribute("href", `${baseURL}/atom.xml?tagg=${THEME.slug}`);
  await expect(alternate).toHaveAttribute("title", feeds.Feeds.titleTag.replace("{tag}", THEME.name));
  const feedsOfStory = [(await alternate.getAttribute("href"))!, `${baseURL}/atom.xml`, `${baseURL}/atom.xml?kommun=${GOTEBORG}`];
  const readFeed = async (address: string) => {
    const response = await page.request.get(address);
    expect(response.status(), address).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers().etag).toMatch(/^W\/"/);
    return response.text();
  };
  for (const address of feedsOfStory) expect(await readFeed(address), address).not.toContain(title);

  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, title);
    await publish(mod);
  });
  for (const address of feedsOfStory) expect(await readFeed(address), address).toContain(title);

  await page.goto(receipt);
  await page.getByRole("link", { name: "Dra tillbaka berättelsen" }).click();
  await page.getByRole("button", { name: "Ja, dra tillbaka berättelsen" }).click();
  await expect(page.getByRole("status")).toHaveText("Berättelsen är tillbakadragen. Den visas inte längre för någon.");
  for (const address of feedsOfStory) expect(await readFeed(address), address).not.toContain(title);
});

test("[reader] the API's page reads well in Swedish, Finnish and English, on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [prefix, messages] of [["", sv], ["/fi", fi], ["/en", en]] as const) {
    const response = await page.goto(`${prefix}/api`);
    expect(response?.status()).toBe(200);
    expect(Buffer.byteLength(await response!.text()), `${prefix}/api is over 30 KB`).toBeLessThanOrEqual(30 * 1024);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.ApiDocs.title);
    await expect(page.getByRole("heading", { name: messages.ApiDocs.limitsHeading })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);
  }
  const described = await page.request.get((await page.getByRole("link", { name: en.ApiDocs.openapiLink }).getAttribute("href"))!);
  expect(((await described.json()) as { openapi: string }).openapi).toBe("3.1.0");
});

import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import fiAuthor from "@/messages/fi/author.json";
import fiCommon from "@/messages/fi/common.json";
import fiStoryLanguage from "@/messages/fi/story-language.json";
import enAuthor from "@/messages/en/author.json";
import enCommon from "@/messages/en/common.json";
import enStoryLanguage from "@/messages/en/story-language.json";
import { seedTags } from "@/prisma/seed-data";
import { expectNoA11yViolations } from "./support/a11y";
import { openAdminPage } from "./support/admin-page";
import { documentationAddress } from "./support/author";
import { openFromQueue, publish } from "./support/moderator";
import { expectNoSidewaysScroll } from "./support/phone";
import { waitForProofOfWork } from "./support/proof-of-work";

// The words come from the message files, not from this spec: the Finnish and English
// translations are written beside it, and the journey must hold whatever they say.
const journeys = [
  {
    locale: "fi",
    messages: { ...fiCommon, ...fiAuthor, ...fiStoryLanguage },
    theme: seedTags.find((tag) => tag.slug === "ekonomiskt-bistand")!.nameFi,
    title: "Päätöstä sai odottaa kuusi viikkoa",
    body:
      "Hain toimeentulotukea keväällä. Käsittelijäni oli ystävällinen, mutta päätöstä sai odottaa kuusi viikkoa. " +
      "Sillä välin jouduin lainaamaan rahaa ystävältä vuokraa varten. Olisin toivonut, että joku olisi kertonut " +
      "heti alussa, kuinka kauan käsittely yleensä kestää.",
  },
  {
    locale: "en",
    messages: { ...enCommon, ...enAuthor, ...enStoryLanguage },
    theme: seedTags.find((tag) => tag.slug === "ekonomiskt-bistand")!.nameEn,
    title: "Six weeks of waiting for a decision",
    body:
      "I applied for income support in the spring. My caseworker was kind, but the decision took six weeks. " +
      "In the meantime I had to borrow money from a friend to pay the rent. I wish someone had told me at the " +
      "start how long a decision usually takes, so that I could have planned for it.",
  },
] as const;

// Every story from its own documentation address, so the per-source story limit is its own.
test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { "X-Forwarded-For": documentationAddress() } });

// Every response the author's browser gets, and whether any of them tries to set a cookie.
function watchCookies(context: BrowserContext) {
  const setters: string[] = [];
  context.on("response", async (response) => {
    if (await response.headerValue("set-cookie").catch(() => null)) setters.push(response.url());
  });
  return setters;
}

async function expectPageLanguage(page: Page, locale: string, path: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  // The switch names this page in the other two languages, each with its hreflang.
  for (const other of ["sv", "fi", "en"].filter((candidate) => candidate !== locale)) {
    const link = page.locator(`a[hreflang="${other}"]`);
    await expect(link).toHaveCount(1);
    const expected = other === "sv" ? path : `/${other}${path === "/" ? "" : path}`;
    await expect(link).toHaveAttribute("href", expected);
  }
}

for (const journey of journeys) {
  const { locale, messages: m } = journey;

  test(`[author] reads, searches, writes and is published, all in ${locale === "fi" ? "Finnish" : "English"}, with no cookie`, async ({ page, context, browser }) => {
    const setters = watchCookies(context);

    // Find and read a story from the home page.
    await page.goto(`/${locale}`);
    await expectPageLanguage(page, locale, "/");
    // A card in another language than the page's says so, and so does the story's page.
    const card = page.locator("article h3 a").first();
    const cardLanguage = (await card.getAttribute("lang")) ?? locale;
    expect(["sv", "fi", "en"]).toContain(cardLanguage);
    await card.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/berattelser/[^/?]+$`));
    await expect(page.locator("h1")).toHaveAttribute("lang", cardLanguage);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);

    // Search from the header.
    const search = page.getByRole("search", { name: m.Common.search.label });
    await search.getByRole("searchbox", { name: m.Common.search.label }).fill("överklagade");
    await search.getByRole("button", { name: m.Common.search.submit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sok\\?q=`));
    await expect(page.getByRole("article").first()).toBeVisible();

    // The story form, through the main menu: on a phone its first field is on the first screen.
    await page.getByRole("navigation", { name: m.Common.nav.label }).getByRole("link", { name: m.Common.nav.write }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/beratta$`));
    // The menu's link navigates inside the app, which keeps the root layout's header: the
    // language switch must still name this page, not the one before.
    await expectPageLanguage(page, locale, "/beratta");
    const title = page.getByLabel(m.StoryForm.title.label);
    const box = (await title.boundingBox())!;
    expect(box.y + box.height, "the title field's bottom edge, at 390 × 844").toBeLessThanOrEqual(844);
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);

    // The language starts as the page's; the author says what they wrote in.
    const language = page.getByRole("combobox", { name: m.StoryLanguage.field.label });
    await expect(language).toHaveValue(locale);
    await title.fill(journey.title);
    await page.getByRole("textbox", { name: m.StoryForm.body.label }).fill(journey.body);
    await language.selectOption(locale);
    await page.getByRole("checkbox", { name: new RegExp(`^${journey.theme}`) }).check();
    await page.getByLabel(m.StoryForm.consent.label).check();
    await waitForProofOfWork(page);
    await page.getByRole("button", { name: m.StoryForm.submit }).click();

    // The receipt, in the same language, with the story marked as written in it.
    await expect(page).toHaveURL(new RegExp(`/${locale}/kvitto/[A-Za-z0-9_-]{43}\\?ny=1$`));
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("p.story-text")).toHaveAttribute("lang", locale);
    await expect(page.locator("p.story-text")).toContainText(journey.body.slice(0, 40));
    await expectNoA11yViolations(page);
    const receiptUrl = page.url().replace(/\?ny=1$/, "");

    // A moderator publishes it, in their own browser; the composer says the story's language.
    const moderator = await openAdminPage(browser);
    await openFromQueue(moderator, journey.title);
    const storyId = new URL(moderator.url()).pathname.split("/").pop()!;
    await expect(moderator.locator("#review-story-language")).toBeVisible();
    await publish(moderator);
    await moderator.context().close();

    // The reader's page in this language shows it, marked with the story's language.
    await page.goto(`/${locale}/berattelser/${storyId}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(journey.title);
    await expect(page.locator("h1")).toHaveAttribute("lang", locale);
    await expect(page.locator("article p.story-text").first()).toHaveAttribute("lang", locale);
    await expect(page.getByRole("link", { name: journey.theme })).toBeVisible();
    await page.goto(receiptUrl);
    await expect(page.locator("article h3")).toHaveAttribute("lang", locale);

    // Nothing along the way remembered anything in the browser.
    expect(await context.cookies()).toEqual([]);
    expect(setters, "responses that set a cookie").toEqual([]);
  });
}

import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { documentationAddress, sampleStoryBody, sendStory } from "./support/author";
import { openAdminPage } from "./support/admin-page";
import { openFromQueue, publish } from "./support/moderator";
import { waitPastWindowEdge } from "./support/rate-limit-window";
import { callServerAction, listPublicServerActions } from "./support/server-actions";

// The author's control over a story without an account: everything starts from the private
// receipt link. Moderators decide in their own browser context, as another person would.

const stamp = Date.now();

async function asModerator(browser: Browser, work: (page: Page) => Promise<void>) {
  const page = await openAdminPage(browser);
  await work(page);
  await page.context().close();
}

async function publishedUrl(page: Page, receipt: string) {
  await page.goto(receipt);
  return page.getByRole("link", { name: "Läs den publicerade berättelsen" }).getAttribute("href");
}

test("[author] edits a waiting story from the receipt link", async ({ page, browser }) => {
  const title = `Att vänta på besked ${stamp}`;
  const receipt = await sendStory({ title, theme: "Bostad" });
  await page.goto(receipt);
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Ändra texten" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ändra din berättelse");
  await expect(page.getByLabel("Rubrik")).toHaveValue(title);

  // The submission's limits hold, and nothing typed is lost.
  await page.getByLabel("Rubrik").fill("Kort");
  await page.getByRole("button", { name: "Spara ändringen" }).click();
  await expect(page.locator("#title-fel")).toHaveText("Rubriken behöver vara minst 5 tecken.");
  await expect(page.getByLabel("Rubrik")).toHaveValue("Kort");
  await expectNoA11yViolations(page);

  const newTitle = `Att vänta länge på besked ${stamp}`;
  const addition = "Efteråt fick jag ett samtal där allt förklarades.";
  await page.getByLabel("Rubrik").fill(newTitle);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(`${sampleStoryBody} ${addition}`);
  await page.getByRole("button", { name: "Spara ändringen" }).click();
  await expect(page).toHaveURL(/\?klart=andrad$/);
  await expect(page.getByRole("status")).toHaveText("Ändringen är sparad. Moderatorerna granskar den nya texten.");
  await expect(page.getByRole("heading", { name: newTitle })).toBeVisible();
  await expect(page.getByText(addition)).toBeVisible();
  await expectNoA11yViolations(page);

  // Moderators review the author's new text; once they decide, editing is refused plainly.
  await page.getByRole("link", { name: "Ändra texten" }).click();
  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, newTitle);
    await expect(mod.getByRole("region", { name: "Som författaren skrev" })).toContainText(addition);
    await publish(mod);
  });
  await page.getByLabel("Rubrik").fill(`${newTitle} igen`);
  await page.getByRole("button", { name: "Spara ändringen" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Berättelsen går inte att ändra längre");
  await expect(page.getByLabel("Rubrik")).toHaveValue(`${newTitle} igen`);
  await page.goto(receipt);
  await expect(page.getByRole("link", { name: "Ändra texten" })).toHaveCount(0);
});

test("[author] sees the published text after a moderator edited it", async ({ page, browser }) => {
  const title = `Ett möte som gick fel ${stamp}`;
  const edited = { title: `Ett möte som inte blev bra ${stamp}`, body: sampleStoryBody.replace("Handläggaren Kim", "Min handläggare") };
  const receipt = await sendStory({ title, theme: "Barn och familj" });
  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, title);
    await publish(mod, edited);
  });

  await page.goto(receipt);
  const published = page.getByRole("region", { name: "Så här är berättelsen publicerad" });
  await expect(published.getByRole("heading", { name: edited.title })).toBeVisible();
  await expect(published).toContainText("Min handläggare ringde mig");
  await expect(published).not.toContainText("Handläggaren Kim");
  await expect(published).toContainText("Barn och familj");
  await expect(published).toContainText("Ingen kommun angiven");
  await expectNoA11yViolations(page);

  // The narrator answers readers from the receipt page; after moderation it shows as theirs.
  const comment = `Tack till alla som läst. ${stamp}`;
  await page.getByLabel("Din kommentar").fill(comment);
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(page.getByText("Tack! Kommentaren visas när en moderator har godkänt den.")).toBeVisible();
  await expect(page.getByLabel("Din kommentar")).toHaveValue("");
  await expectNoA11yViolations(page);
  await asModerator(browser, async (mod) => {
    await mod.goto("/mod/kommentarer");
    const item = mod.getByRole("listitem").filter({ hasText: comment });
    await expect(item).toContainText("Skriven av berättaren");
    await item.getByRole("button", { name: "Godkänn" }).click();
    await expect(item.getByText("Kommentaren är godkänd.")).toBeVisible();
  });

  await published.getByRole("link", { name: "Läs den publicerade berättelsen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited.title);
  const narrator = page.getByRole("listitem").filter({ hasText: comment });
  await expect(narrator.getByText("Berättaren", { exact: true })).toBeVisible();
});

// The receipt link is all an author needs, so it must not be a way to flood the moderators'
// queue: before public actions went through publicAction, 25 comments in a row were all stored.
test("[author] the receipt's comment form highlights personal data and stops after the hourly limit", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Ett svar för mycket ${stamp}`;
  const receipt = await sendStory({ title, theme: "Bemötande" });
  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, title);
    await publish(mod);
  });
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": documentationAddress() } });
  const page = await context.newPage();
  await page.goto(receipt);

  // 25 calls in a row, as a script would send them: the default allowance is ten an hour.
  // Everything from here to the form's refusal takes seconds; a minute's margin covers a loaded
  // machine, and the wait it may cost is at most that minute, once an hour.
  await waitPastWindowEdge(page, { windowMs: 60 * 60_000, margin: 60_000 });
  const action = listPublicServerActions().find((candidate) => candidate.exportedName === "submitAuthorComment")!;
  const token = new URL(receipt).pathname.split("/").pop()!;
  const answers: string[] = [];
  for (let i = 1; i <= 25; i++) {
    const response = await callServerAction(page.request, { action, pagePath: new URL(receipt).pathname, args: [token, { body: `Tack för alla svar, nummer ${i}.` }] });
    expect(response.status()).toBeLessThan(500);
    const text = await response.text();
    answers.push(/"ok":true/.test(text) ? "ok" : (text.match(/"message":"(\w+)"/)?.[1] ?? text.slice(0, 80)));
  }
  expect(answers).toEqual([...Array(10).fill("ok"), ...Array(15).fill("RATE_LIMITED")]);

  // The same live highlighting as a reader's comment form.
  const comment = page.getByLabel("Din kommentar");
  await comment.fill("Ring mig gärna på 070-123 45 67 om ni undrar något.");
  await expect(page.locator("#author-comment-findings mark")).toHaveText(["070-123 45 67"]);
  await expect(page.getByText(/Innan kommentaren sparas byter vi automatiskt ut personnummer/)).toBeVisible();

  // In the form the refusal is a calm Swedish message, and the text stays.
  await comment.fill("En kommentar till, som inte kommer fram.");
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Du har skickat många kommentarer den senaste timmen" })).toContainText("din text finns kvar");
  await expect(comment).toHaveValue("En kommentar till, som inte kommer fram.");
  await expectNoA11yViolations(page);
  await context.close();

  await asModerator(browser, async (mod) => {
    await mod.goto("/mod/kommentarer");
    await expect(mod.getByRole("listitem").filter({ hasText: /Tack för alla svar, nummer \d+\./ })).toHaveCount(10);
  });
});

test("[author] withdraws and erases a story", { tag: "@postgres" }, async ({ page, browser }) => {
  const title = `Ett beslut jag vill ta tillbaka ${stamp}`;
  const receipt = await sendStory({ title, theme: "Ekonomiskt bistånd" });
  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, title);
    await publish(mod);
  });
  const storyUrl = (await publishedUrl(page, receipt))!;
  expect((await page.request.get(storyUrl)).status()).toBe(200);

  // Withdrawing asks first, says what happens, and cancelling changes nothing.
  await page.getByRole("link", { name: "Dra tillbaka berättelsen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vill du dra tillbaka din berättelse?");
  await expect(page.getByText("Texten finns kvar hos oss i 30 dagar")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByRole("link", { name: "Nej, gå tillbaka" }).click();
  await expect(page).toHaveURL(receipt);
  await page.getByRole("link", { name: "Dra tillbaka berättelsen" }).click();
  await page.getByRole("button", { name: "Ja, dra tillbaka berättelsen" }).click();
  await expect(page.getByRole("status")).toHaveText("Berättelsen är tillbakadragen. Den visas inte längre för någon.");
  await expect(page.getByText("Berättelsen är tillbakadragen och visas inte för någon.")).toBeVisible();
  await expectNoA11yViolations(page);
  expect((await page.request.get(storyUrl)).status()).toBe(404);

  await page.getByRole("link", { name: "Radera berättelsen för gott" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vill du radera din berättelse för gott?");
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Ja, radera berättelsen för gott" }).click();
  await expect(page).toHaveURL(/\/kvitto\/raderad$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Din berättelse är raderad");
  await expectNoA11yViolations(page);
  expect((await page.request.get(receipt)).status()).toBe(404);

  // The moderators' log keeps only that an erasure happened.
  await asModerator(browser, async (mod) => {
    await mod.goto("/mod/logg");
    await expect(mod.getByRole("heading", { name: "Författaren raderade en berättelse" }).first()).toBeVisible();
    await expect(mod.getByText(title)).toHaveCount(0);
  });
});

test("[reader] an erased story's address gives 404", async ({ page, browser }) => {
  const title = `Publicerad och sedan raderad ${stamp}`;
  const receipt = await sendStory({ title, theme: "Bemötande" });
  await asModerator(browser, async (mod) => {
    await openFromQueue(mod, title);
    await publish(mod);
  });
  const author = await (await browser.newContext()).newPage();
  const storyUrl = (await publishedUrl(author, receipt))!;
  await page.goto(storyUrl);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await author.getByRole("link", { name: "Radera berättelsen för gott" }).click();
  await author.getByRole("button", { name: "Ja, radera berättelsen för gott" }).click();
  await expect(author).toHaveURL(/\/kvitto\/raderad$/);

  const response = await page.goto(storyUrl);
  expect(response?.status()).toBe(404);
  await page.goto("/berattelser");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
});

test("[reader] the privacy page states the retention periods", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Integritet och lagring" }).click();
  await expect(page).toHaveURL(/\/integritet$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Integritet och lagring");
  const retention = page.getByRole("region", { name: "Så länge sparas det" });
  await expect(retention).toContainText("raderas helt 30 dagar efter moderatorernas beslut");
  await expect(retention).toContainText("raderas helt 30 dagar efter att du drog tillbaka den");
  await expect(retention).toContainText("varit publicerad i 30 dagar");
  await expect(page.getByRole("region", { name: "Det här sparar vi aldrig" })).toContainText("Din IP-adress.");
  // The e2e servers run with the default limits (playwright.config.ts sets none).
  await expect(page.getByRole("region", { name: "Skydd mot missbruk, utan att spåra någon" })).toContainText(
    "högst 5 berättelser och 20 kommentarer i timmen",
  );
  await expectNoA11yViolations(page);
});

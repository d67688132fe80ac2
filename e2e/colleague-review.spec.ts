import { type Browser, expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { openAdminPage } from "./support/admin-page";
import { sendStory } from "./support/author";
import { openFromQueue } from "./support/moderator";
import { type Account, createAccount, pageFor } from "./support/two-factor";

// Two people run a shift: colleague review switched on, moderator A (the e2e admin)
// prepares a decision, cannot approve it, and moderator B approves it or sends it back. They run
// on a server of their own (playwright.config.ts, project "colleague"), where the setting stays
// on; the other servers' setup switches it off for the single-step journeys.

const stamp = Date.now();
let admin: Page;
let colleague: Account;

async function setColleagueReview(page: Page, on: boolean) {
  await page.goto("/mod/konton");
  await page.getByLabel("Svar granskas av en kollega innan de publiceras").setChecked(on);
  await page.getByRole("region", { name: "Granskning och arbetspass" }).getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page.getByText("Inställningarna är sparade.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Svar granskas av en kollega innan de publiceras")).toBeChecked({ checked: on });
}

test.beforeAll(async ({ browser }) => {
  admin = await openAdminPage(browser);
  colleague = await createAccount(admin);
  colleague.name = colleague.name.trim();
  await setColleagueReview(admin, true);
  await expect(admin.getByText(/Gäller nu: \d+ aktiva moderatorer\./)).toBeVisible();
});

test.afterAll(async () => {
  await admin.context().close();
});

async function colleaguePage(browser: Browser) {
  return pageFor(browser, colleague);
}

test("[moderator] A prepares a publication, cannot approve it, and B approves it; the author reads the reply", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Fyra ögon ${stamp}`;
  const receipt = await sendStory({ title, theme: "Bemötande" });

  // A edits and sends the decision to a colleague: nothing is published.
  await openFromQueue(admin, title);
  await expect(admin.getByRole("status").filter({ hasText: "Du arbetar med berättelsen till" })).toBeVisible();
  await admin.getByLabel("Rubrik").fill(`${title} (redigerad)`);
  await admin.getByLabel("Svarstext").fill("Tack för att du berättar. Vi har läst din berättelse noga.");
  await admin.getByRole("button", { name: "Skicka till kollega för granskning" }).click();
  await admin.getByRole("dialog", { name: "Skicka till en kollega?" }).getByRole("button", { name: "Ja, skicka till kollega" }).click();
  await expect(admin).toHaveURL(/\/mod\?klart=forberedd$/);
  const item = admin.getByRole("listitem").filter({ hasText: `${title} (redigerad)` });
  await expect(item).toContainText("Väntar på kollega");
  await expect(item).toContainText("föreslår att publicera");

  // A opens it: the decision is there, the approval is not, and the server refuses it anyway.
  await item.getByRole("link", { name: /Granska/ }).click();
  await expect(admin.getByRole("region", { name: "Väntar på kollega" })).toContainText("Du förberedde det här beslutet");
  await expect(admin.getByRole("button", { name: "Godkänn och publicera" })).toHaveCount(0);
  await expectNoA11yViolations(admin);

  // B sees the change from the author's original and the reply, and approves.
  const b = await colleaguePage(browser);
  await openFromQueue(b, `${title} (redigerad)`);
  const panel = b.getByRole("region", { name: "Väntar på kollega" });
  await expect(panel.locator("ins")).toContainText("(redigerad)");
  await expect(panel).toContainText("Tack för att du berättar. Vi har läst din berättelse noga.");
  await expectNoA11yViolations(b);
  await b.getByRole("button", { name: "Godkänn och publicera" }).click();
  const dialog = b.getByRole("dialog", { name: "Godkänna kollegans beslut?" });
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await dialog.getByRole("button", { name: "Ja, godkänn" }).click();
  await expect(b).toHaveURL(/\/mod\?klart=godkand$/);
  await b.context().close();

  // The author reads the published story and the reply.
  const author = await pageFor(browser);
  await author.goto(receipt);
  await expect(author.getByText("Publicerad.", { exact: true })).toBeVisible();
  await expect(author.getByRole("region", { name: "Svar från moderatorerna" })).toContainText("Vi har läst din berättelse noga.");
  await author.context().close();
});

test("[moderator] B sends a prepared rejection back with a comment; A finds it with the reason kept", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Tillbaka till kollegan ${stamp}`;
  await sendStory({ title, theme: "Bemötande" });

  await openFromQueue(admin, title);
  await admin.getByLabel("Kort skäl").fill("berättelsen handlar om en annan myndighet");
  await admin.getByRole("button", { name: "Skicka avslaget till kollega" }).click();
  await admin.getByRole("dialog", { name: "Skicka avslaget till en kollega?" }).getByRole("button", { name: "Ja, skicka avslaget" }).click();
  await expect(admin).toHaveURL(/\/mod\?klart=forberedd$/);

  const b = await colleaguePage(browser);
  await openFromQueue(b, title);
  // Sending back without a comment says why, beside the field.
  await b.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(b.locator("#return-comment-fel")).toHaveText("Skriv en kommentar till kollegan.");
  await b.getByLabel("Kommentar till kollegan").fill("Den handlar om socialtjänsten också. Kan vi publicera den?");
  await b.getByRole("button", { name: "Skicka tillbaka" }).click();
  await expect(b).toHaveURL(/\/mod\?klart=tillbakaskickad$/);
  await b.context().close();

  await openFromQueue(admin, title);
  const returned = admin.getByRole("region", { name: "Tillbakaskickad" });
  await expect(returned).toContainText(`${colleague.name} skickade tillbaka beslutet`);
  await expect(returned).toContainText("Kan vi publicera den?");
  await expect(admin.getByLabel("Text till författaren")).toHaveValue(/berättelsen handlar om en annan myndighet/);
  await expectNoA11yViolations(admin);
});

test("[moderator] A corrects a published reply after a fact changed; readers see the correction only once B approves it", async ({ browser }) => {
  test.setTimeout(180_000);
  // A demo story whose published reply quotes IVO's switchboard.
  const demoStory = "Jag kände mig misstrodd under hela utredningen";
  await admin.goto("/mod/fakta");
  await admin.getByRole("link", { name: "Visa IVO:s växel" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("IVO:s växel");
  // The form must be hydrated, or the value typed is lost and the old one saved.
  await admin.waitForLoadState("networkidle");
  const oldValue = await admin.getByLabel("Värde", { exact: true }).inputValue();
  const newValue = oldValue === "010-788 51 00" ? "010-788 50 00" : "010-788 51 00";
  await admin.getByLabel("Värde", { exact: true }).fill(newValue);
  await admin.getByRole("button", { name: "Spara uppgiften" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Uppgiften är sparad." })).toBeVisible();

  // A reads the suggested text through and sends it to a colleague: nothing changes for readers.
  const replies = admin.getByRole("region", { name: "Publicerade svar som citerar ett tidigare värde" });
  const item = replies.getByRole("listitem").filter({ hasText: demoStory });
  await expect(item.getByLabel("Rättad text")).toHaveValue(new RegExp(newValue));
  const storyHref = await item.getByRole("link", { name: demoStory }).getAttribute("href");
  await item.getByRole("button", { name: "Skicka rättelsen till en kollega" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Rättelsen väntar på en kollega." })).toBeVisible();
  await expect(item).toContainText("har förberett en rättelse som väntar på en kollega");
  const reader = await pageFor(browser);
  await reader.goto(storyHref!);
  const answers = reader.getByRole("region", { name: "Svar från moderatorerna" });
  await expect(answers).toContainText(oldValue);
  await expect(answers).not.toContainText(newValue);

  // A opens it: the approval is not offered to the preparer.
  await item.getByRole("link", { name: "Granska rättelsen" }).click();
  await expect(admin.getByText("Du förberedde rättelsen, så en kollega behöver godkänna den.")).toBeVisible();
  await expect(admin.getByRole("button", { name: "Godkänn och publicera rättelsen" })).toHaveCount(0);

  // B finds it in the queue, sees the change word by word, and approves.
  const b = await colleaguePage(browser);
  await b.goto("/mod");
  await b.getByRole("link", { name: `Granska rättelsen av svaret på ${demoStory}` }).click();
  const diff = b.getByRole("region", { name: "Ändringar i svaret" });
  await expect(diff.locator("ins")).toContainText(newValue.split(" ")[1]);
  await expect(diff.locator("del")).toContainText(oldValue.split(" ")[1]);
  await expectNoA11yViolations(b);
  await b.getByRole("button", { name: "Godkänn och publicera rättelsen" }).click();
  const dialog = b.getByRole("dialog", { name: "Godkänna kollegans rättelse?" });
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await dialog.getByRole("button", { name: "Ja, godkänn" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Rättelsen är godkänd." })).toBeVisible();
  await b.context().close();

  await reader.reload();
  await expect(answers).toContainText(newValue);
  await expect(answers).toContainText("Uppdaterat");
  await reader.context().close();
});

test("[moderator] two moderators open the same story: B sees who works on it, and takes it over", async ({ browser }) => {
  test.setTimeout(180_000);
  const title = `Samma berättelse ${stamp}`;
  await sendStory({ title, theme: "Bemötande" });
  await openFromQueue(admin, title);
  await expect(admin.getByRole("status").filter({ hasText: "Du arbetar med berättelsen" })).toBeVisible();

  const b = await colleaguePage(browser);
  await b.goto("/mod");
  await expect(b.getByRole("listitem").filter({ hasText: title })).toContainText(/arbetar med den \(till \d\d:\d\d\)/);
  await openFromQueue(b, title);
  await expect(b.getByRole("status").filter({ hasText: "arbetar med berättelsen till" })).toContainText("Ta över bara om");
  // B's save is refused while A holds the story, and B's text stays.
  await b.getByLabel("Rubrik").fill(`${title} – B:s rubrik`);
  await b.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(b.getByText(/En kollega arbetar med berättelsen just nu/)).toBeVisible();
  await expect(b.getByLabel("Rubrik")).toHaveValue(`${title} – B:s rubrik`);

  await b.getByRole("button", { name: "Ta över" }).click();
  await expect(b.getByRole("status").filter({ hasText: "Du har tagit över berättelsen" })).toBeVisible();
  await b.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(b.getByText("Ändringarna är sparade.")).toBeVisible();
  await expectNoA11yViolations(b);
  await b.context().close();

  // A's queue now says B works on it.
  await admin.goto("/mod");
  await expect(admin.getByRole("listitem").filter({ hasText: `${title} – B:s rubrik` })).toContainText(`${colleague.name} arbetar med den`);
});

test("[admin] switching review off waits for a colleague's approval, and every queue says when it is off", async ({ browser }) => {
  test.setTimeout(180_000);
  // The admin unticks the setting: only a request, and review stays on.
  await admin.goto("/mod/konton");
  const setting = admin.getByLabel("Svar granskas av en kollega innan de publiceras");
  await setting.uncheck();
  await admin.getByRole("region", { name: "Granskning och arbetspass" }).getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(admin.getByText("Din begäran är sparad. Granskningen gäller tills en kollega godkänner")).toBeVisible();
  await admin.reload();
  await expect(setting).toBeChecked();
  await expect(admin.getByText(/bad .* om att granskningen ska stängas av/)).toBeVisible();

  // The admin's queue tells them a colleague must approve, and offers no approval.
  await admin.goto("/mod");
  const request = admin.getByRole("region", { name: "Begäran om att stänga av granskningen" });
  await expect(request).toContainText("En kollega behöver godkänna det");
  await expect(request.getByRole("button", { name: "Godkänn att granskningen stängs av" })).toHaveCount(0);

  // The colleague approves from the queue, after a confirmation.
  const b = await colleaguePage(browser);
  const asked = b.getByRole("region", { name: "Begäran om att stänga av granskningen" });
  await expect(asked).toContainText("Granskningen gäller tills en annan moderator godkänner det.");
  await expectNoA11yViolations(b);
  await asked.getByRole("button", { name: "Godkänn att granskningen stängs av" }).click();
  const dialog = b.getByRole("dialog", { name: "Stänga av granskning av en kollega?" });
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await dialog.getByRole("button", { name: "Ja, stäng av granskningen" }).click();
  await expect(b.getByRole("region", { name: "Svaren granskas inte av en kollega" })).toContainText("Granskning av en kollega är avstängd.");
  await b.context().close();

  // Every moderator's queue says so; switching it on again is one step.
  await admin.goto("/mod");
  await expect(admin.getByRole("region", { name: "Svaren granskas inte av en kollega" })).toBeVisible();
  await setColleagueReview(admin, true);
  await admin.goto("/mod");
  await expect(admin.getByRole("region", { name: "Svaren granskas inte av en kollega" })).toHaveCount(0);
});

import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { openAdminPage, useAdminSession } from "./support/admin-page";
import { sampleStoryBody, sendStory } from "./support/author";
import { openFromQueue } from "./support/moderator";
import { waitForProofOfWork } from "./support/proof-of-work";

// The moderator's half of the loop: review, edit, publish with a template reply, reject with a
// reason, moderate a comment, and manage templates and tags. Stories and comments are sent
// through the public forms, as authors and readers would.

const stamp = Date.now();

test("[moderator] edits a story and publishes it with a template reply", { tag: "@postgres" }, async ({ page }) => {
  const title = `Väntan på ett beslut ${stamp}`;
  const edited = `Lång väntan på ett beslut ${stamp}`;
  const receipt = await sendStory({ title, theme: "Barn och familj" });
  await useAdminSession(page);
  await openFromQueue(page, title);
  await expect(page.getByRole("region", { name: "Som författaren skrev" })).toContainText("Handläggaren Kim");
  await expectNoA11yViolations(page);

  // Without a reply nothing is sent, and the edit stays in the form.
  await page.getByLabel("Rubrik").fill(edited);
  await page.getByLabel("Text", { exact: true }).fill(sampleStoryBody.replace("Handläggaren Kim", "Min handläggare"));
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await expect(page.locator("#replyBody-fel")).toHaveText("Skriv ett svar till författaren.");
  await expect(page.getByLabel("Rubrik")).toHaveValue(edited);
  await expectNoA11yViolations(page);

  await page.getByLabel("Bemötande", { exact: true }).check();
  await page.getByLabel("Utgå från en mall").selectOption({ label: "Synpunkter på bemötande" });
  const reply = page.getByLabel("Svarstext");
  // The template holds the middle, with the facts filled in; the house style's opening and
  // closing stand around the field and are added when the reply is published.
  await expect(reply).toHaveValue(/^Vi kan inte svara på frågor om enskilda ärenden här/);
  await expect(reply).toHaveValue(/Inspektionen för vård och omsorg \(ivo\.se, 010-788 5\d 00\)/);
  await expect(reply).not.toHaveValue(/\{\{/);
  await expect(page.locator("#review-reply-opening")).toContainText("Tack för att du berättar om din upplevelse.");
  await reply.fill(`${await reply.inputValue()}\n\nVi önskar dig och din son allt gott.`);

  // The first click asks; cancelling leaves the story pending.
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  const dialog = page.getByRole("dialog", { name: "Publicera berättelsen?" });
  await expect(dialog).toBeVisible();
  await expectNoA11yViolations(page);
  await dialog.getByRole("button", { name: "Avbryt" }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await dialog.getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page).toHaveURL(/\/mod\?klart=publicerad$/);
  await expect(page.getByRole("status")).toHaveText("Berättelsen är publicerad med ditt svar.");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // The author sees the publication and the reply; the edit, not the original, is public.
  await page.goto(receipt);
  await expect(page.getByText("Publicerad.")).toBeVisible();
  await expect(page.getByText("Vi önskar dig och din son allt gott.")).toBeVisible();
  await page.goto("/berattelser?tagg=bemotande");
  await page.getByRole("link", { name: edited }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
  await expect(page.getByText("Handläggaren Kim")).toHaveCount(0);
  await expect(page.getByText("Vi önskar dig och din son allt gott.")).toBeVisible();

  // The decision is in the log.
  await page.goto("/mod/logg");
  await expect(page.getByText(edited).first()).toBeVisible();
});

test("[moderator] rejects a story with a reason that the author reads", async ({ page }) => {
  const title = `Inte för publicering ${stamp}`;
  const reason = "Berättelsen pekar ut en namngiven handläggare på ett sätt som vi inte kan ta bort.";
  const receipt = await sendStory({ title, theme: "Bemötande" });
  await useAdminSession(page);
  await openFromQueue(page, title);

  // The template's {{reason}} must be filled before anything is sent.
  await page.getByRole("button", { name: "Avslå", exact: true }).click();
  await expect(page.locator("#reason-fel")).toContainText("mallplats");
  await page.getByLabel("Kort skäl").fill(reason);
  await expect(page.getByLabel("Text till författaren")).toHaveValue(new RegExp(reason));
  await page.getByRole("button", { name: "Avslå", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Avslå berättelsen?" });
  // The dialog opens on the safe choice: a second Enter closes it and rejects nothing.
  await expect(dialog.getByRole("button", { name: "Avbryt" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/mod\/berattelser\//);
  await page.getByRole("button", { name: "Avslå", exact: true }).click();
  await dialog.getByRole("button", { name: "Ja, avslå" }).click();
  await expect(page).toHaveURL(/\/mod\?klart=avslagen$/);
  await expect(page.getByRole("status")).toContainText("Berättelsen är avslagen.");

  await page.goto(receipt);
  await expect(page.getByText("Inte publicerad.")).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
});

test("[moderator] review actions refuse a visitor", async ({ page, browser, baseURL }) => {
  const title = `Försök utan inloggning ${stamp}`;
  await sendStory({ title, theme: "Bostad" });
  await useAdminSession(page);
  await openFromQueue(page, title);
  const storyUrl = page.url();

  // Capture the real "save" action request, then replay it without a valid session.
  const captured = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByLabel("Rubrik").fill(`${title} (redigerad)`);
  await page.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  const request = await captured;
  const visitor = await browser.newContext();
  await visitor.addCookies([{ name: "next-auth.session-token", value: "forged", url: baseURL! }]);
  const response = await visitor.request.post(storyUrl, {
    headers: { "Next-Action": request.headers()["next-action"], Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: request.postData()!.replace("(redigerad)", "(av en besökare)"),
    maxRedirects: 0,
  });
  expect(await response.text()).toContain('"message":"UNAUTHORIZED"');
  await page.reload();
  await expect(page.getByLabel("Rubrik")).toHaveValue(`${title} (redigerad)`);
});

test("[moderator] leaves an internal note that the author never sees", async ({ page, browser }) => {
  const title = `Med intern anteckning ${stamp}`;
  const note = `Kommunen stämmer med texten; fråga kollegan om mallen. ${stamp}`;
  const receipt = await sendStory({ title, theme: "Bostad" });
  await useAdminSession(page);
  await openFromQueue(page, title);
  const notes = page.getByRole("region", { name: "Interna anteckningar" });
  await expect(notes.getByText("Inga anteckningar ännu.")).toBeVisible();
  // An empty note gets its message beside the field.
  await notes.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(notes.getByLabel("Ny anteckning")).toHaveAccessibleDescription(/Skriv anteckningen först\./);
  await notes.getByLabel("Ny anteckning").fill(note);
  await notes.getByRole("button", { name: "Spara anteckningen" }).click();
  await expect(notes.getByText("Anteckningen är sparad.")).toBeVisible();
  await expect(notes.getByRole("listitem").filter({ hasText: note })).toBeVisible();
  await expect(notes.getByLabel("Ny anteckning")).toHaveValue("");
  await expectNoA11yViolations(page);

  // The author's receipt page shows the story, never the note.
  const author = await (await browser.newContext()).newPage();
  await author.goto(receipt);
  await expect(author.getByText(title)).toBeVisible();
  await expect(author.getByText(note)).toHaveCount(0);
  await author.context().close();
});

test("[moderator] leaves a handover note for the next shift", async ({ page }) => {
  const note = `Två berättelser om LSS väntar. Mallen om IVO behöver ses över. ${stamp}`;
  await useAdminSession(page);
  const handover = page.getByRole("region", { name: "Överlämning" });
  await handover.getByText("Skriv överlämning").click();
  const field = handover.getByLabel("Till nästa pass");
  await field.fill("x".repeat(2_001));
  // The field stops at the limit; the server refuses more all the same (handover.integration.test.ts).
  await expect(field).toHaveValue("x".repeat(2_000));
  await field.fill(note);
  await handover.getByRole("button", { name: "Spara överlämningen" }).click();
  await expect(handover.getByText("Överlämningen är sparad.")).toBeVisible();
  await expect(handover.locator("p").filter({ hasText: note })).toBeVisible();
  await expect(handover.getByText(/ skrev \d+ \p{L}+ \d{4}/u)).toBeVisible();
  await expectNoA11yViolations(page);

  // The next shift finds it on the queue, and the log keeps each version.
  await page.reload();
  await expect(page.getByRole("region", { name: "Överlämning" }).locator("p").filter({ hasText: note })).toBeVisible();
  await page.goto("/mod/logg");
  await expect(page.getByText("Skrev överlämningen").first()).toBeVisible();
});

test("[moderator] approves a reader's comment", async ({ page, browser }) => {
  const comment = `Tack för att du skrev det här. Jag känner igen mig. ${stamp}`;
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/berattelser");
  const storyUrl = (await reader.locator("main a[href^='/berattelser/']").first().getAttribute("href"))!;
  await reader.goto(storyUrl);
  await reader.getByLabel("Din kommentar").fill(comment);
  await waitForProofOfWork(reader);
  await reader.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(reader.getByText("Tack! Din kommentar visas när en moderator har läst den.")).toBeVisible();

  await useAdminSession(page);
  await page.goto("/mod/kommentarer");
  await expectNoA11yViolations(page);
  const item = page.getByRole("listitem").filter({ hasText: comment });
  await item.getByRole("button", { name: "Godkänn" }).click();
  await expect(item.getByText("Kommentaren är godkänd.")).toBeVisible();

  await reader.goto(storyUrl);
  await expect(reader.getByText(comment)).toBeVisible();
});

test("[moderator] manages templates and tags", async ({ page }) => {
  const templateTitle = `Hänvisning till JO ${stamp}`;
  const tagName = `Tillfälligt tema ${stamp}`;
  await useAdminSession(page);

  await page.goto("/mod/mallar/ny");
  await page.getByRole("button", { name: "Skapa mallen" }).click();
  await expect(page.locator("#title-fel")).toHaveText("Skriv ett namn.");
  await expectNoA11yViolations(page);
  await page.getByLabel("Namn").fill(templateTitle);
  await page.getByLabel("Text", { exact: true }).fill("Tack för att du berättar. Du kan vända dig till JO (jo.se). Vänliga hälsningar, moderatorerna");
  await page.getByLabel("Ordning").fill("9");
  await page.getByRole("button", { name: "Skapa mallen" }).click();
  await expect(page).toHaveURL(/\/mod\/mallar\?klart=skapad$/);
  await expect(page.getByText("Mallen är skapad.")).toBeVisible();
  await expectNoA11yViolations(page);

  // Deactivating keeps the template but marks it, so the composer stops offering it.
  await page.getByRole("link", { name: `Redigera ${templateTitle}` }).click();
  await page.getByLabel(/^Aktiv/).uncheck();
  await page.getByRole("button", { name: "Spara mallen" }).click();
  await expect(page.getByRole("row", { name: new RegExp(templateTitle) })).toContainText("Avaktiverad");

  await page.goto("/mod/taggar");
  await expectNoA11yViolations(page);
  await page.getByLabel("Namn").fill("Äldreomsorg");
  await page.getByRole("button", { name: "Skapa temat" }).click();
  await expect(page.getByText("Det finns redan ett tema med det namnet eller den adressen.")).toBeVisible();
  await page.getByLabel("Namn").fill(tagName);
  await page.getByRole("button", { name: "Skapa temat" }).click();
  await expect(page.getByText("Temat är skapat.")).toBeVisible();

  await page.getByRole("link", { name: `Redigera ${tagName}` }).click();
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Ta bort temat" }).click();
  await page.getByRole("dialog", { name: "Ta bort temat?" }).getByRole("button", { name: "Ja, ta bort" }).click();
  await expect(page.getByText("Temat är borttaget.")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(tagName) })).toHaveCount(0);

  // A theme that stories use cannot be deleted.
  await page.getByRole("link", { name: "Redigera Äldreomsorg" }).click();
  await expect(page.getByText(/använder temat, så det kan inte tas bort/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Ta bort temat" })).toHaveCount(0);
});

test("[moderator] works through the queue with the keyboard alone", async ({ page }) => {
  await sendStory({ title: `Tangentbord ett ${stamp}`, theme: "Bostad" });
  await sendStory({ title: `Tangentbord två ${stamp}`, theme: "Bostad" });
  await useAdminSession(page);
  const focusedHref = () => page.evaluate(() => (document.activeElement?.hasAttribute("data-queue-link") ? document.activeElement.getAttribute("href") : null));
  // The keys work once the page's script listens for them.
  const shortcutsReady = () => expect(page.getByRole("button", { name: "Kortkommandon (?)" })).toHaveAttribute("data-ready", "true");
  await shortcutsReady();

  // j and k move between the stories, o opens the one in focus.
  await page.keyboard.press("j");
  const first = await focusedHref();
  expect(first).toMatch(/^\/mod\/berattelser\//);
  await page.keyboard.press("j");
  const second = await focusedHref();
  expect(second).toMatch(/^\/mod\/berattelser\//);
  expect(second).not.toBe(first);
  await page.keyboard.press("k");
  expect(await focusedHref()).toBe(first);
  await page.keyboard.press("o");
  await expect(page).toHaveURL(new RegExp(`${first}$`));
  await shortcutsReady();

  // In a field a letter is text, not a command.
  const title = page.getByLabel("Rubrik");
  await title.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("j");
  await expect(title).toHaveValue(/j$/);
  await expect(page).toHaveURL(new RegExp(`${first}$`));

  // ? lists the shortcuts in a dialog that opens on its close button; Escape closes it.
  await page.getByRole("heading", { level: 1 }).click();
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Kortkommandon" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Stäng" })).toBeFocused();
  await expectNoA11yViolations(page);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // On a review page j opens the next story in the queue's order.
  await page.keyboard.press("j");
  await expect(page).toHaveURL(new RegExp(`${second}$`));
});

test("[moderator] filters the queue, and the menu counts what waits", async ({ page }) => {
  const title = `Filtrerad kö ${stamp}`;
  await sendStory({ title, theme: "Äldreomsorg" });
  await useAdminSession(page);
  const menu = page.getByRole("navigation", { name: "Moderering" });
  await expect(menu.getByRole("link", { name: /^Kö \(\d+/ })).toBeVisible();
  await expect(menu.getByRole("link", { name: /^Kommentarer \(\d+\)$/ })).toBeVisible();

  const filter = page.getByRole("search", { name: "Filtrera kön" });
  await filter.getByLabel("Tema").selectOption({ label: "Äldreomsorg" });
  await filter.getByRole("button", { name: "Filtrera" }).click();
  await expect(page).toHaveURL(/[?&]tagg=aldreomsorg/);
  await expect(page.getByText(/passar filtret\./)).toBeVisible();
  await expect(page.getByRole("heading", { name: title })).toBeVisible();
  await expectNoA11yViolations(page);

  // A municipality that names none: the message beside the field, the text kept, nothing listed.
  await filter.getByLabel("Kommun").fill("Atlantis");
  await filter.getByRole("button", { name: "Filtrera" }).click();
  await expect(filter.getByLabel("Kommun")).toHaveValue("Atlantis");
  await expect(filter.getByLabel("Kommun")).toHaveAccessibleDescription(/Vi hittar ingen kommun som heter så/);
  await expect(page.getByText("Ingen berättelse passar filtret.")).toBeVisible();
  await page.getByRole("link", { name: "Visa hela kön" }).click();
  await expect(page).toHaveURL(/\/mod$/);
});

test("[moderator] two moderators open the same story: the second save is refused and keeps its text", async ({ page, browser }) => {
  const title = `Öppnad av två ${stamp}`;
  await sendStory({ title, theme: "Bostad" });
  await useAdminSession(page);
  await openFromQueue(page, title);
  const colleague = await openAdminPage(browser);
  await colleague.goto(page.url());

  await page.getByLabel("Rubrik").fill(`${title} (A)`);
  await page.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();

  await colleague.getByLabel("Rubrik").fill(`${title} (B)`);
  await colleague.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(colleague.getByText(/Någon annan har ändrat berättelsen sedan du öppnade den/)).toBeVisible();
  await expect(colleague.getByLabel("Rubrik")).toHaveValue(`${title} (B)`);

  // A's change stands: a fresh look shows it.
  await colleague.reload();
  await expect(colleague.getByLabel("Rubrik")).toHaveValue(`${title} (A)`);
  await colleague.context().close();
});

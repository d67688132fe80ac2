import { expect, type Page, test } from "@playwright/test";
import { generate } from "otplib";
import { expectNoA11yViolations } from "./support/a11y";
import { sendStory } from "./support/author";
import { logIn, openFromQueue, publish } from "./support/moderator";
import { expectNoSidewaysScroll } from "./support/phone";
import { type SmtpInbox, startSmtpInbox } from "./support/smtp-inbox";

// The whole loop through the organisations' part, each role in a browser of its own, with mail
// arriving over a real SMTP server in this process (the isolated server sends to it,
// playwright.config.ts): an admin registers Malmö's social services and invites a member of
// staff; the invitation arrives and is accepted once; the responder sets up two-factor login and
// asks for alerts; a Malmö story is published and the alert arrives, holding nothing but the
// title, the public link and the organisation; the responder's answer naming a social worker is
// caught in the browser, the corrected one is sent with "Förändring genomförd"; a moderator
// publishes it; the reader, the author's receipt page, the API and the municipality page show it
// under the organisation's name. All of it on a phone's width, with axe on every new page.
test.use({ viewport: { width: 390, height: 844 } });

const inboxPort = Number(process.env.E2E_PORT ?? 3200) + 9;
let inbox: SmtpInbox;

test.beforeAll(async () => {
  inbox = await startSmtpInbox({ port: inboxPort });
});

test.afterAll(async () => {
  await inbox?.close();
});

const storyBody =
  "Jag ringde socialtjänsten flera gånger om stöd i hemmet. Det tog lång tid innan någon ringde tillbaka, " +
  "och när beslutet kom förstod jag inte hur jag kunde överklaga. Jag hade önskat att någon förklarade stegen. " +
  "Ordet blåklockeäng står bara här i texten.";
const naming = "Tack för att du berättar. Socialsekreteraren Maria Lindqvist har läst det du skriver och vi ser över hur vi svarar i telefon.";
const corrected =
  "Tack för att du berättar. Vi har läst det du skriver och har ändrat hur vi ringer tillbaka. Du är välkommen att kontakta oss.";
const markText = "Vi ringer nu tillbaka samma dag och förklarar i varje beslut hur man överklagar.";

const stockholmToday = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" }).format(new Date());

async function newPage(page: Page): Promise<Page> {
  return (await page.context().browser()!.newContext({ viewport: { width: 390, height: 844 } })).newPage();
}

// Axe, and nothing wider than the phone.
async function expectUsable(page: Page) {
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
}

test("[admin, responder, moderator, reader] an invited responder answers a Malmö story in public", async ({ page: admin, request }) => {
  test.setTimeout(180_000);
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const organisation = `Socialtjänsten, Malmö stad, Individ och familj ${stamp}`;
  const email = `svar.${stamp}@malmo.se`;
  const password = "ett e2e-lösenord för en svarare";
  const title = `Ingen ringde tillbaka ${stamp}`;

  // The admin registers the organisation and invites a member of staff. A form sent empty keeps
  // the page and says what is missing beside the field.
  await logIn(admin);
  await admin.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Organisationer" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Organisationer som svarar");
  await expectUsable(admin);
  await admin.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(admin.getByText("Välj minst en kommun.")).toBeVisible();
  await admin.getByLabel("Offentligt namn").fill(organisation);
  await admin.getByLabel("Kommuner").selectOption({ label: "Malmö" });
  await admin.getByLabel("E-postdomäner").fill("malmo.se");
  await admin.getByLabel("Kontaktadress").fill("kontakt@malmo.se");
  await admin.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(organisation);
  await expectUsable(admin);
  // An address outside the organisation's domains is refused beside the field, and stays.
  const invitee = admin.getByLabel("E-postadress");
  await invitee.fill(`svar.${stamp}@evilmalmo.se`);
  await admin.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(invitee).toHaveAccessibleDescription(/Adressen måste sluta på en av organisationens domäner\./);
  await expect(invitee).toHaveValue(`svar.${stamp}@evilmalmo.se`);
  await invitee.fill(email);
  await admin.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `En inbjudan till ${email} är på väg.` })).toBeVisible();
  await expect(admin.getByRole("table", { name: "Skickade inbjudningar" }).getByRole("row").filter({ hasText: email })).toContainText("Väntar");

  // The invitation arrives over SMTP, with the organisation's name and a one-time link.
  const invitation = await inbox.waitForMail((mail) => mail.to.includes(email), 30_000);
  expect(invitation.subject).toBe(`Inbjudan att svara för ${organisation} på Sakligt`);
  const link = invitation.text.match(/https?:\/\/\S+\/inbjudan\/[A-Za-z0-9_-]+/)?.[0];
  expect(link, invitation.text).toBeTruthy();

  const responder = await newPage(admin);
  await responder.goto(link!);
  await expect(responder.getByRole("heading", { level: 1 })).toHaveText(`Inbjudan att svara för ${organisation}`);
  await expectUsable(responder);
  await responder.getByLabel("Ditt namn").fill(`Svarare ${stamp}`);
  await responder.getByLabel("Lösenord").fill(password);
  await responder.getByRole("button", { name: "Skapa konto" }).click();
  await expect(responder.getByText(`Ditt konto är skapat. Logga in med ${email} och ditt lösenord.`)).toBeVisible();
  // The link works once.
  await responder.goto(link!);
  await expect(responder.getByRole("heading", { level: 1 })).toHaveText("Inbjudan kan inte användas");
  await expect(responder.getByText(/Inbjudan har redan använts\./)).toBeVisible();
  // A link that names no invitation says so plainly.
  await responder.goto(`/inbjudan/${"A".repeat(43)}`);
  await expect(responder.getByText(/Inbjudan finns inte\./)).toBeVisible();
  await expectUsable(responder);

  // The first login leads to two-factor set-up, before anything else.
  await responder.goto("/mod/logga-in");
  await responder.getByLabel("E-postadress").fill(email);
  await responder.getByLabel("Lösenord").fill(password);
  await responder.getByRole("button", { name: "Logga in" }).click();
  await expect(responder).toHaveURL(/\/svar\/tvastegsverifiering$/);
  await responder.goto("/svar");
  await expect(responder).toHaveURL(/\/svar\/tvastegsverifiering$/);
  await expectUsable(responder);
  const secret = (await responder.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
  await responder.getByLabel("Kod från appen").fill(await generate({ secret }));
  await responder.getByRole("button", { name: "Slå på tvåstegsverifiering" }).click();
  await expect(responder.getByText(/Tvåstegsverifiering är på sedan/)).toBeVisible();
  // Responders never see the moderators' area.
  await responder.goto("/mod");
  await expect(responder).toHaveURL(/\/svar$/);

  // Alerts at once for every new story in the organisation's municipalities.
  await responder.goto("/svar/installningar");
  await responder.getByRole("radio", { name: "Alla nya berättelser" }).check();
  await responder.getByRole("radio", { name: "Direkt, ett mejl per berättelse" }).check();
  await responder.getByRole("button", { name: "Spara bevakning" }).click();
  await expect(responder.getByText("Bevakningen är sparad.")).toBeVisible();
  await expectUsable(responder);

  // An author tells a Malmö story, and a moderator publishes it.
  const receipt = await sendStory({ title, theme: "Bemötande", body: storyBody, municipalityCode: "1280" });
  await openFromQueue(admin, title);
  await publish(admin);

  // The alert arrives: the title, the public link and the organisation, nothing else.
  const alert = await inbox.waitForMail((mail) => mail.to.includes(email) && mail.text.includes(title), 30_000);
  expect(alert.text).toContain(organisation);
  expect(alert.raw).not.toContain("/kvitto/");
  expect(alert.raw).not.toContain(new URL(receipt).pathname.split("/").pop()!);
  expect(alert.raw).not.toContain("blåklockeäng");
  const storyLink = alert.text.match(/https?:\/\/\S+\/berattelser\/[A-Za-z0-9_-]+/)?.[0];
  expect(storyLink, alert.text).toBeTruthy();
  const storyId = storyLink!.split("/").pop()!;

  // The responder's answer names a social worker: caught in the browser, the text kept.
  await responder.goto("/svar");
  await responder.getByRole("link", { name: title }).click();
  const answer = responder.getByRole("textbox", { name: "Svaret" });
  await answer.fill(naming);
  await responder.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(answer).toHaveAccessibleDescription(/Svaret får inte namnge eller peka ut någon/);
  await expect(answer).toHaveValue(naming);
  await answer.fill(corrected);
  await responder.getByLabel("Vad har hänt?").selectOption({ label: "Förändring genomförd" });
  await responder.getByLabel("Kort beskrivning").fill(markText);
  await responder.getByLabel("Datum").fill(stockholmToday());
  await responder.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(responder.getByRole("status").filter({ hasText: "Svaret är skickat och väntar på granskning." })).toBeVisible();

  // A moderator publishes it from the queue's answers, with the mark that waits with it.
  await admin.goto("/mod?visa=svar");
  await admin.getByRole("link", { name: `Granska svaret från ${organisation} på ”${title}”` }).click();
  await admin.getByRole("group", { name: "Beslut om svaret" }).getByRole("button", { name: "Publicera" }).click();
  await expect(admin.getByRole("status")).toHaveText("Publicerat. Läsarna ser det nu på berättelsens sida.");

  // A reader sees it apart from the moderators' reply, under the organisation's name only.
  const reader = await newPage(admin);
  await reader.goto(storyLink!);
  const answers = reader.getByRole("region", { name: "Svar från socialtjänsten" });
  await expect(answers).toContainText(organisation);
  await expect(answers).toContainText("Verifierad organisation");
  await expect(answers).toContainText(corrected);
  await expect(answers).toContainText("Förändring genomförd");
  await expect(answers).toContainText(markText);
  await expect(reader.locator("body")).not.toContainText(`Svarare ${stamp}`);
  await expectUsable(reader);

  // The author's receipt page shows it; the API carries it with its mark.
  await reader.goto(receipt);
  await expect(reader.locator("main")).toContainText(corrected);
  await expect(reader.locator("main")).toContainText(organisation);
  const api = await (await request.get(`/api/v1/stories/${storyId}`)).json();
  expect(api.story.answers).toEqual([
    expect.objectContaining({
      organisation: { name: organisation, contactEmail: "kontakt@malmo.se" },
      body: corrected,
      marks: [expect.objectContaining({ kind: "CHANGE_MADE", description: markText })],
    }),
  ]);
  expect(JSON.stringify(api)).not.toContain(email);

  // Malmö's page names the organisation among those that answer there.
  await reader.goto("/kommun/malmo");
  await expect(reader.getByRole("region", { name: "Organisationer som svarar här" })).toContainText(organisation);
  await expectUsable(reader);
});

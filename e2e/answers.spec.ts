import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { seedResponder, withDatabase } from "./support/responder";
import { logInWithCode, totpCode } from "./support/two-factor";
import { expectNoSidewaysScroll } from "./support/phone";

// A responder answers a Malmö story for their organisation: the answer that names a social
// worker is caught in the browser before it is sent, with the text kept; the corrected answer is
// sent and waits for the moderators. On a phone, since that is where many read their alerts.
// A responder for Lund is refused the same story. The responders are written to the database
// directly (support/responder.ts): on PostgreSQL only.
test.use({ viewport: { width: 390, height: 844 } });

const organisationName = "Socialtjänsten, Malmö stad, Individ och familj";
const naming =
  "Tack för att du berättar om hur det har varit. Handläggaren Anna Svensson har fått del av det du skriver, och vi ser över hur vi arbetar.";
const corrected =
  "Tack för att du berättar om hur det har varit. Vi tar det du skriver på allvar och ser över hur vi arbetar. Du är välkommen att kontakta oss.";

test("[responder] an answer naming a social worker is caught before sending; the corrected one waits for moderation", { tag: "@postgres" }, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "postgres", "the responder is seeded in the PostgreSQL database");
  const responder = await seedResponder({ municipalityCodes: ["1280"], organisationName });
  const story = await withDatabase(async (client) => {
    const { rows } = await client.query<{ id: string; title: string }>(
      `SELECT id, title FROM "Story" WHERE status = 'PUBLISHED' AND "municipalityCode" = '1280' ORDER BY "publishedAt" ASC LIMIT 1`,
    );
    return rows[0];
  });
  expect(story, "the demo content has a published Malmö story").toBeTruthy();

  await logInWithCode(page, responder, await totpCode(responder.secret));
  await expect(page).not.toHaveURL(/logga-in/);
  await page.goto("/svar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Berättelser att svara på");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: story.title }) });
  await expect(item).toContainText("Ert svar: Inte besvarad");
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  await item.getByRole("link", { name: story.title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
  await expect(page.getByText(`Svaret publiceras under namnet ${organisationName}, aldrig under ditt namn.`)).toBeVisible();
  await expect(page.getByRole("complementary", { name: "Så skriver ni svaret" })).toContainText("Bekräfta eller förneka aldrig att personen är eller har varit klient hos er.");

  const field = page.getByRole("textbox", { name: "Svaret" });
  await field.fill(naming);
  await expect(page.locator("#body-findings mark")).toHaveText(["Anna Svensson"]);
  const sent: string[] = [];
  const recordPost = (request: { method: () => string; url: () => string }) => {
    if (request.method() === "POST") sent.push(request.url());
  };
  page.on("request", recordPost);
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(page.locator("#body-fel")).toHaveText(/Svaret får inte namnge eller peka ut någon/);
  await expect(field).toHaveValue(naming);
  await expect(field).toBeFocused();
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);
  // Caught in the browser: nothing was sent to the server.
  page.off("request", recordPost);
  expect(sent).toEqual([]);
  expect(await withDatabase(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "Answer" WHERE "storyId" = $1 AND body LIKE '%Anna%'`, [story.id])).rows[0].n)).toBe(0);

  await field.fill(corrected);
  await expect(page.locator("#body-findings mark")).toHaveCount(0);
  await page.getByRole("button", { name: "Skicka svaret" }).click();
  await expect(page).toHaveURL(/\?klart=skickat$/);
  await expect(page.getByRole("status").filter({ hasText: "Svaret är skickat och väntar på granskning." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ert svar" })).toContainText("Ert svar: Väntar på granskning");
  await expectNoA11yViolations(page);
  await expectNoSidewaysScroll(page);

  await page.goto("/svar");
  await expect(page.getByRole("listitem").filter({ has: page.getByRole("link", { name: story.title }) })).toContainText("Ert svar: Väntar på granskning");

  // A responder for Lund gets nothing of the Malmö story: not in their list, not by its address.
  const lund = await seedResponder({ municipalityCodes: ["1281"], organisationName: "Socialtjänsten, Lunds kommun" });
  const lundPage = await (await page.context().browser()!.newContext()).newPage();
  await logInWithCode(lundPage, lund, await totpCode(lund.secret));
  await expect(lundPage).toHaveURL(/\/svar$/);
  await expect(lundPage.getByRole("heading", { level: 1 })).toHaveText("Berättelser att svara på");
  await expect(lundPage.getByRole("link", { name: story.title })).toHaveCount(0);
  const refused = await lundPage.goto(`/svar/berattelser/${story.id}`);
  expect(refused?.status()).toBe(404);
  await expect(lundPage.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
  await expect(lundPage.locator("body")).not.toContainText(story.title);
});

import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { expectNoSidewaysScroll } from "./support/phone";

// Replies that stay true: an admin changes a fact (IVO's switchboard), sees the published replies
// that quote the old value, corrects one, and readers see "Uppdaterat" beside it. Runs on the
// demo content, where two published replies quote the switchboard and one fact is stale. On a
// phone, since that is where a shift often answers from.
test.use({ viewport: { width: 390, height: 844 } });

const demoStory = "Jag kände mig misstrodd under hela utredningen";

test("[moderator] changes a fact and amends a published reply that quoted the old value", async ({ page }) => {
  await useAdminSession(page);
  // The house style sits above the templates, with the seeded opening.
  await page.goto("/mod/mallar");
  await expect(page.getByLabel("Inledning", { exact: true })).toHaveValue("Tack för att du berättar om din upplevelse.");
  await expectNoA11yViolations(page);
  // A template quoting the demo's stale fact says so in its editor.
  await page.getByRole("link", { name: "Redigera Personalens arbetsmiljö" }).click();
  await expect(page.getByRole("region", { name: "En uppgift i svaren behöver kontrolleras" })).toContainText("Arbetsmiljöverkets webbplats");
  await expectNoSidewaysScroll(page);

  await page.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Fakta" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fakta i svaren");
  await expect(page.getByText("Dags att kontrollera").first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  await page.getByRole("link", { name: "Visa IVO:s växel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("IVO:s växel");
  const oldValue = await page.getByLabel("Värde", { exact: true }).inputValue();
  const newValue = oldValue === "010-788 51 00" ? "010-788 50 00" : "010-788 51 00";
  await page.getByLabel("Värde", { exact: true }).fill(newValue);
  await page.getByRole("button", { name: "Spara uppgiften" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Uppgiften är sparad." })).toBeVisible();

  const replies = page.getByRole("region", { name: "Publicerade svar som citerar ett tidigare värde" });
  const item = replies.getByRole("listitem").filter({ hasText: demoStory });
  await expect(item).toBeVisible();
  await expect(item.getByLabel("Rättad text")).toHaveValue(new RegExp(newValue));
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  const storyHref = await item.getByRole("link", { name: demoStory }).getAttribute("href");
  await item.getByRole("button", { name: "Spara rättelsen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Svaret är rättat." })).toBeVisible();
  await expect(replies.getByRole("listitem").filter({ hasText: demoStory })).toHaveCount(0);

  await page.goto(storyHref!);
  const answers = page.getByRole("region", { name: "Svar från moderatorerna" });
  await expect(answers).toContainText(newValue);
  await expect(answers).toContainText("Uppdaterat");
});

import { expect, type Page, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";

// An admin registers the social services of Malmö and invites a member of staff. An address at
// another domain is refused beside the field. On a phone, like the other admin journeys. The
// invitation's arrival over SMTP and the responder's first login belong to the end-to-end
// journey through the mail sender.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
}

test("[admin] registers an organisation for Malmö and invites a responder", async ({ page }) => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const name = `Socialtjänsten, Malmö stad, Individ och familj ${suffix}`;
  const email = `anna.svensson.${suffix}@malmo.se`;

  await useAdminSession(page);
  await page.getByRole("navigation", { name: "Moderering" }).getByRole("link", { name: "Organisationer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisationer som svarar");
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  // A form sent empty keeps the page and says what is missing beside each field.
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(page.getByText("Välj minst en kommun.")).toBeVisible();

  await page.getByLabel("Offentligt namn").fill(name);
  await page.getByLabel("Kommuner").selectOption({ label: "Malmö" });
  await page.getByLabel("E-postdomäner").fill("malmo.se");
  await page.getByLabel("Kontaktadress").fill("kontakt@malmo.se");
  await page.getByRole("button", { name: "Skapa organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page).toHaveURL(/\/mod\/organisationer\/[^/]+$/);
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  // Outside the domains: refused beside the field, and what was typed stays.
  const field = page.getByLabel("E-postadress");
  await field.fill("anna@evilmalmo.se");
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(field).toHaveAccessibleDescription(/Adressen måste sluta på en av organisationens domäner\./);
  await expect(field).toHaveValue("anna@evilmalmo.se");
  await expectNoA11yViolations(page);

  await field.fill(email);
  await page.getByRole("button", { name: "Skicka inbjudan" }).click();
  await expect(page.getByRole("status").filter({ hasText: `En inbjudan till ${email} är på väg.` })).toBeVisible();
  const invitations = page.getByRole("table", { name: "Skickade inbjudningar" });
  await expect(invitations.getByRole("row").filter({ hasText: email })).toContainText("Väntar");
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  // A link that names no invitation says so plainly, and offers nothing to fill in.
  await page.goto(`/inbjudan/${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inbjudan kan inte användas");
  await expect(page.getByText("Inbjudan finns inte.")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});

import { expect, test } from "@playwright/test";
import en from "../messages/en/accessibility.json";
import fi from "../messages/fi/accessibility.json";
import sv from "../messages/sv/accessibility.json";
import moderatorMessages from "../messages/sv/site-feedback.json";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { expectNoSidewaysScroll } from "./support/phone";
import { waitForProofOfWork } from "./support/proof-of-work";

const m = moderatorMessages.SiteFeedback;

// On a phone, in each language: the statement with its footer link, and its form, each with axe.
// Then the feedback route end to end in Swedish: a refused send keeps the text, a good one is
// thanked, and the message reaches the moderators' list with the phone number already replaced.
test("[reader] the accessibility statement in every language; feedback reaches the moderators", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [prefix, lang, t] of [["", "sv", sv], ["/fi", "fi", fi], ["/en", "en", en]] as const) {
    await page.goto(`${prefix}/tillganglighet`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.Accessibility.title);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { name: t.Accessibility.shortcomings.heading })).toBeVisible();
    await expect(page.getByRole("link", { name: t.Accessibility.supervision.link })).toHaveAttribute("href", "https://www.digg.se/");
    await expect(page.getByRole("contentinfo").getByRole("link", { name: t.Accessibility.footerLink })).toHaveAttribute("href", `${prefix}/tillganglighet`);
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);
    // The form, in place of the long statement, in the same language.
    await page.getByRole("link", { name: t.Accessibility.report.writeLink }).click();
    await expect(page).toHaveURL(new RegExp(`${prefix}/tillganglighet\\?skriv=1$`));
    await expect(page.getByLabel(t.Accessibility.form.bodyLabel)).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);
  }

  await page.goto("/tillganglighet?skriv=1");
  const form = sv.Accessibility.form;
  const body = page.getByLabel(form.bodyLabel);
  await body.fill("Hej");
  await page.getByRole("button", { name: form.submit }).click();
  await expect(page.getByText(form.errors.bodyTooShort.replace("{bodyMin}", "5"))).toBeVisible();
  await expect(body).toHaveValue("Hej");

  const marker = `Fokusramen syns inte på knapparna ${Date.now()}`;
  await waitForProofOfWork(page);
  await body.fill(`${marker}. Ring mig på 070-123 45 67.`);
  await page.getByLabel(form.pageUrlLabel).fill("/berattelser");
  await page.getByRole("button", { name: form.submit }).click();
  await expect(page.getByRole("status").getByText(form.success)).toBeVisible();
  await expect(body).toHaveValue("");

  await useAdminSession(page);
  await page.getByRole("link", { name: /^Synpunkter/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.heading);
  const item = page.getByRole("listitem").filter({ hasText: marker });
  await expect(item).toContainText("[telefonnummer]");
  await expect(item).not.toContainText("070-123 45 67");
  await expect(item).toContainText("/berattelser");
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
  await item.getByRole("button", { name: m.actions.markHandled }).click();
  await expect(item.getByText(m.actions.handled)).toBeVisible();
  await page.reload();
  const handled = page.getByRole("region", { name: m.handledHeading });
  await expect(handled.getByRole("listitem").filter({ hasText: marker })).toContainText(m.handledOn.replace(" {date}", ""));
  await expect(page.getByRole("region", { name: /^Att hantera/ }).getByText(marker)).toHaveCount(0);
});

import { expect, type Page, test as setup } from "@playwright/test";
import { answers } from "../scripts/lib/app-server";
import { adminStatePath } from "./support/admin-page";
import { logIn } from "./support/moderator";

// Logs the e2e admin in once per server through the real form, and saves the cookies for the
// journeys that only need a logged-in admin (e2e/support/admin-page.ts).
//
// Colleague review is on by default and comes into force with a second active moderator, which
// some journeys create (mod-guard, the account specs). The journeys of the single-step flow
// (publish with a reply, reject) need it off, as an admin of a one-person service would have
// it. The four-eyes journeys (e2e/colleague-review.spec.ts) have a server of their own where it
// stays on (playwright.config.ts, project "colleague"). Here the e2e admin is the only active
// moderator, so review is not in force and switching it off is one step; with a second active
// moderator it would be a request that a colleague approves (lib/settings/review-setting-change.ts).
setup("the e2e admin logs in once for this server's journeys", async ({ page, baseURL }, testInfo) => {
  // The other journeys may begin before the slowest server answers (scripts/e2e-servers.ts).
  setup.setTimeout(300_000);
  await expect.poll(() => answers(baseURL!), { message: `the server on ${baseURL} answers`, timeout: 240_000, intervals: [250] }).toBe(true);
  await logIn(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kö att granska");
  if (testInfo.project.name !== "setup-colleague") await allowSingleStepDecisions(page);
  await page.context().storageState({ path: adminStatePath(baseURL!) });
});

async function allowSingleStepDecisions(page: Page) {
  await page.goto("/mod/konton");
  const colleagueReview = page.getByLabel("Svar granskas av en kollega innan de publiceras");
  await colleagueReview.uncheck();
  await page.getByRole("region", { name: "Granskning och arbetspass" }).getByRole("button", { name: "Spara inställningarna" }).click();
  await expect(page.getByText("Inställningarna är sparade.")).toBeVisible();
  await page.reload();
  await expect(colleagueReview).not.toBeChecked();
  // Every moderator's queue says that answers now go out without a colleague's reading.
  await page.goto("/mod");
  await expect(page.getByRole("region", { name: "Svaren granskas inte av en kollega" })).toContainText("Granskning av en kollega är avstängd.");
}

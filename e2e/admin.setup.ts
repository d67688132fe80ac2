import { expect, test as setup } from "@playwright/test";
import { adminStatePath } from "./support/admin-page";
import { logIn } from "./support/moderator";

// Logs the e2e admin in once per server through the real form, and saves the cookies for the
// journeys that only need a logged-in admin (e2e/support/admin-page.ts).
setup("the e2e admin logs in once for this server's journeys", async ({ page, baseURL }) => {
  await logIn(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kö att granska");
  await page.context().storageState({ path: adminStatePath(baseURL!) });
});

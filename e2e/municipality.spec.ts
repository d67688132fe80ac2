import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { startAppServer } from "../scripts/lib/app-server";
import messages from "../messages/sv/municipality.json";
import { expectNoA11yViolations } from "./support/a11y";

const t = messages.Municipality;

// The demo as `npm start` makes it on a fresh embedded database, with no admin configured: the
// Malmö organisation, its responder's login printed once with the two-factor secret, and a
// municipality page with figures. It needs a server of its own (the shared ones have an admin
// configured, so no demo accounts): P+2, which the api project lends one test at a time.
test("[reader] the demo's Malmö page shows who answers and the figures; a municipality without says where to turn", { tag: "@api" }, async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = path.join(__dirname, "..", ".e2e", "municipality");
  fs.rmSync(dataDir, { recursive: true, force: true });
  const server = await startAppServer({
    port: Number(process.env.E2E_PORT ?? 3200) + 2,
    env: {
      DATABASE_URL: "", DATA_DIR: dataDir, SEED_DEMO_CONTENT: "true", AUTH_SECRET: "", TRUST_PROXY: "", PUBLIC_URL: "", NEXTAUTH_URL: "",
      ADMIN_EMAIL: "", ADMIN_PASSWORD: "",
    },
  });
  try {
    // The responder's login and second factor, printed once with the other demo logins.
    expect(server.output()).toMatch(/e-post: +demo\.svar@malmo\.se\n +lösenord: +\S{16}\n +TOTP-nyckel \(base32\): [A-Z2-7]+\n +otpauth-adress: otpauth:\/\/totp\//);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.url}/kommun/malmo`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Malmö");
    const organisation = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Socialtjänsten, Malmö stad, Individ och familj" }) });
    await expect(organisation.getByText(t.organisations.verified, { exact: true })).toBeVisible();
    await expect(organisation.getByRole("link", { name: "kontakt.socialtjansten@malmo.se" })).toHaveAttribute("href", "mailto:kontakt.socialtjansten@malmo.se");

    // The chart has a name, and its numbers are in the table beside it; small months are hidden.
    const chart = page.getByRole("img", { name: /^Andel besvarade berättelser per månad i Malmö, / });
    await expect(chart).toBeVisible();
    // The demo's month of five stories shows its count but draws no bar: one answered of five
    // would show through the share. The smaller months are hidden.
    await expect(chart.locator("rect")).toHaveCount(0);
    const table = page.getByRole("table", { name: /^Per månad i Malmö, / });
    await expect(table.getByRole("columnheader", { name: t.figures.answeredShare })).toBeVisible();
    await expect(table.getByRole("cell", { name: "5", exact: true })).toBeVisible();
    await expect(table.getByRole("cell", { name: t.figures.suppressed }).first()).toBeVisible();
    // With a month hidden, the year's sum would give it away: withheld, and the page says why.
    await expect(page.getByText(t.figures.withheld)).toBeVisible();
    await expect(page.getByTestId("kommun-ar").getByRole("definition").first()).toHaveText(t.figures.suppressed);
    await expect(page.getByRole("heading", { name: /publicerade berättelser från Malmö$/ })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);

    // No organisation: said so, with the ordinary contact route from the fact blocks.
    await page.goto(`${server.url}/kommun/kiruna`);
    await expect(page.getByText("Ingen organisation svarar ännu för Kiruna på Sakligt.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Kommunernas webbplatser hos Sveriges Kommuner och Regioner" })).toHaveAttribute("href", "https://skr.se/");
    await expect(page.getByRole("heading", { name: t.figures.heading })).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoA11yViolations(page);

    expect((await page.goto(`${server.url}/kommun/atlantis`))?.status()).toBe(404);
  } finally {
    await server.stop();
  }
});

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { PUBLIC_CHANGE_CHANNEL } from "@/lib/cache/listen-for-public-changes";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";

// A moderator works the organisations' answers in the queue: filters to them, sends one back to
// the organisation with a comment and publishes another with its change mark. The answers are
// written straight to the PostgreSQL database, as the organisation's responder would have sent
// them (their side has journeys of its own), so this runs on the postgres server.

const organisation = "Socialtjänsten, Malmö stad, Individ och familj";
const id = () => randomBytes(12).toString("base64url").slice(0, 21);

async function noSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("[moderator] sends an organisation's answer back with a comment, and publishes another with its mark", { tag: "@postgres" }, async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "postgres", "the answers are seeded in the PostgreSQL database");
  const databaseUrl = fs.readFileSync(path.join(__dirname, "..", ".e2e", "postgres", "database-url"), "utf8").trim();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const organisationId = id();
  try {
    const { rows: stories } = await db.query<{ id: string; title: string }>(`SELECT id, title FROM "Story" WHERE status = 'PUBLISHED' ORDER BY "createdAt" DESC LIMIT 2`);
    const [toReturn, toPublish] = stories.map((story) => ({ ...story, answerId: id() }));
    await db.query(`INSERT INTO "Organisation" (id, name, "municipalityCodes", "emailDomains", "contactEmail", "updatedAt") VALUES ($1, $2, ARRAY['1280'], ARRAY['malmo.se'], 'kontakt@malmo.se', now())`, [organisationId, organisation]);
    for (const answer of [toReturn, toPublish]) {
      await db.query(`INSERT INTO "Answer" (id, "storyId", "organisationId", body) VALUES ($1, $2, $3, $4)`, [
        answer.answerId,
        answer.id,
        organisationId,
        "Tack för att du berättar. Vi ser över hur vi förklarar våra beslut och hör gärna av oss till dig via vår kontaktadress.",
      ]);
    }
    await db.query(`INSERT INTO "ChangeMark" (id, "answerId", kind, description, "markedOn") VALUES ($1, $2, 'LOOKING_INTO', 'Vi går igenom hur besluten skrivs.', '2026-11-30')`, [id(), toPublish.answerId]);

    await useAdminSession(page);
    await page.getByLabel("Visa").selectOption({ label: "Bara svar från socialtjänsten" });
    await page.getByRole("button", { name: "Filtrera" }).click();
    await expect(page).toHaveURL(/\/mod\?visa=svar/);
    await expect(page.getByRole("heading", { level: 2, name: "Svar från socialtjänsten" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Berättelser" })).toHaveCount(0);
    await page.getByRole("link", { name: `Granska svaret från ${organisation} på ”${toReturn.title}”` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Svar från ${organisation}`);
    await expectNoA11yViolations(page);
    await noSidewaysScroll(page);

    // A send-back needs a comment; the organisation reads it on its answer.
    const decision = page.getByRole("group", { name: "Beslut om svaret" });
    await decision.getByRole("button", { name: "Skicka tillbaka" }).click();
    await expect(decision.getByText("Skriv minst 5 tecken.")).toBeVisible();
    const comment = "Skriv inte om personen är klient hos er. Tacka och bjud in till kontakt.";
    await decision.getByLabel("Kommentar till organisationen").fill(comment);
    await decision.getByRole("button", { name: "Skicka tillbaka" }).click();
    await expect(page).toHaveURL(/klart=returnerad/);
    await expect(page.getByRole("status")).toHaveText("Skickat tillbaka till organisationen med din kommentar.");
    await expect(page.getByText("Skickat tillbaka till organisationen", { exact: true })).toBeVisible();
    expect((await db.query(`SELECT status, "moderatorComment" FROM "Answer" WHERE id = $1`, [toReturn.answerId])).rows).toEqual([{ status: "RETURNED", moderatorComment: comment }]);

    // The other answer is published with the mark that waits with it.
    await page.goto("/mod?visa=svar");
    await page.getByRole("link", { name: `Granska svaret från ${organisation} på ”${toPublish.title}”` }).click();
    await expect(page.getByText("Markeringen publiceras tillsammans med svaret.")).toBeVisible();
    await page.getByRole("group", { name: "Beslut om svaret" }).getByRole("button", { name: "Publicera" }).click();
    await expect(page).toHaveURL(/klart=publicerad/);
    await expect(page.getByRole("status")).toHaveText("Publicerat. Läsarna ser det nu på berättelsens sida.");
    expect((await db.query(`SELECT a.status, m.status AS "markStatus" FROM "Answer" a JOIN "ChangeMark" m ON m."answerId" = a.id WHERE a.id = $1`, [toPublish.answerId])).rows).toEqual([
      { status: "PUBLISHED", markStatus: "PUBLISHED" },
    ]);
    await expectNoA11yViolations(page);
  } finally {
    // The stories stay as the other journeys find them.
    await db.query(`DELETE FROM "Organisation" WHERE id = $1`, [organisationId]);
    await db.query(`NOTIFY ${PUBLIC_CHANGE_CHANNEL}, 'allt'`);
    await db.end();
  }
});

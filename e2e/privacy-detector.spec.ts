import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sendStory } from "./support/author";
import { waitForProofOfWork } from "./support/proof-of-work";

// The personal-data detector in its three places: while the author writes, on the server
// when the story arrives, and in the moderator's review. Numbers are made up, with valid
// check digits, so the detector treats them as real.
const stamp = Date.now();
const personnummer = "811218-9876";
const phone = "070-123 45 67";
const email = "anna.svensson@example.se";

function storyWith(extra: string) {
  return (
    "Jag sökte stöd för min familj i våras och fick vänta länge på ett beslut. " +
    `${extra} Det tog ändå flera månader innan någon hörde av sig, och under tiden mådde vi sämre.`
  );
}

test("[author] sees personal data highlighted and replaces it with one click", async ({ page }) => {
  await page.goto("/beratta");
  await expect(page.getByText(/Innan något sparas byter vi automatiskt ut personnummer, samordningsnummer, e-postadresser och telefonnummer/)).toBeVisible();
  await page.getByLabel("Rubrik").fill("Om väntan på ett beslut");
  const body = page.getByRole("textbox", { name: "Din berättelse" });
  await body.fill(storyWith(`Handläggaren Anna sa att jag kunde ringa ${phone}. Hon bad om mitt personnummer ${personnummer}.`));

  const findings = page.locator("#body-findings");
  await expect(findings).toContainText("3 uppgifter i berättelsen kan peka ut någon");
  await expect(findings).toContainText("Det här ser ut som ett personnummer. Personnummer tas alltid bort innan något sparas.");
  await expect(findings).toContainText("Det här ser ut som ett namn.");
  await expect(findings.locator("mark")).toHaveText(["Handläggaren Anna", phone, personnummer]);
  await expectNoA11yViolations(page);

  // One click puts the suggested replacement in the text, and focus moves to the next finding.
  await page.getByRole("button", { name: "Ersätt med ”Min handläggare” i stället för ”Handläggaren Anna”" }).click();
  await expect(body).toHaveValue(/Min handläggare sa att jag kunde ringa/);
  await expect(body).not.toHaveValue(/Anna/);
  const replacePhone = page.getByRole("button", { name: `Ersätt med ”[telefonnummer]” i stället för ”${phone}”` });
  await expect(replacePhone).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(body).toHaveValue(/ringa \[telefonnummer\]\./);
  await expect(page.getByText(`”${phone}” ersattes med ”[telefonnummer]”.`)).toBeAttached();
  await expect(findings).toContainText("1 uppgift i berättelsen kan peka ut någon");

  // The replacement is part of the draft like anything typed.
  await page.reload();
  await expect(body).toHaveValue(/Min handläggare sa att jag kunde ringa \[telefonnummer\]\./);
  await expect(page.locator("#body-findings mark")).toHaveText([personnummer]);
});

// A number written to slip past a filter is still highlighted, and one click replaces
// exactly the characters the author typed, the invisible ones included.
test("[author] sees a disguised personnummer highlighted and replaces all of it", async ({ page }) => {
  await page.goto("/beratta");
  const disguised = "811218\u200B\u20119876";
  const body = page.getByRole("textbox", { name: "Din berättelse" });
  await body.fill(storyWith(`Mitt nummer är 19 ${disguised.replace("\u2011", " - ")} och ${disguised} igen.`));
  const findings = page.locator("#body-findings");
  await expect(findings).toContainText("2 uppgifter i berättelsen kan peka ut någon");
  await expect(findings.locator("mark")).toHaveText([`19 811218\u200B - 9876`, disguised]);
  for (let i = 0; i < 2; i++) await findings.getByRole("button", { name: /Ersätt med ”\[personnummer\]”/ }).first().click();
  await expect(body).toHaveValue(/Mitt nummer är \[personnummer\] och \[personnummer\] igen\./);
  await expect(body).not.toHaveValue(/9876|\u200B|\u2011/);
});

test("[author] personnummer, phone and e-mail never reach the database", { tag: "@postgres" }, async ({ page }, testInfo) => {
  const title = `Ett samtal med förvaltningen ${stamp}`;
  const receipt = await sendStory({
    title,
    theme: "Barn och familj",
    body: storyWith(`Mitt personnummer är ${personnummer}. De ringde från ${phone} och bad mig mejla ${email}.`),
  });

  // What the author sees afterwards is what was stored.
  await page.goto(receipt);
  await expect(page.getByText(/Mitt personnummer är \[personnummer\]\. De ringde från \[telefonnummer\] och bad mig mejla \[e-postadress\]\./)).toBeVisible();
  for (const secret of [personnummer, phone, email]) await expect(page.getByText(secret)).toHaveCount(0);

  if (testInfo.project.name === "postgres") {
    // The PostgreSQL server's database can be read directly: scan every row of every table.
    const rows = await scanE2eDatabase();
    expect(rows.some((row) => row.includes(title))).toBe(true);
    const squash = (value: string) => value.replace(/[\s\-–]/g, "").toLowerCase();
    const leaks = rows.filter((row) => [personnummer, phone, email].some((secret) => squash(row).includes(squash(secret))));
    expect(leaks).toEqual([]);
  } else {
    // The embedded database belongs to the server process and cannot be opened beside it, so
    // here the moderator's view stands in; lib/privacy/redact-on-create.integration.test.ts
    // scans every table on both databases.
    await useAdminSession(page);
    const item = queueItem(page, title);
    await expect(item).toContainText("Ersatt automatiskt vid inskick:");
    await expect(item).toContainText("Personnummer: 1");
    await expect(item).toContainText("Telefonnummer: 1");
    await expect(item).toContainText("E-postadress: 1");
    await item.getByRole("link").click();
    const original = page.getByRole("region", { name: "Som författaren skrev" });
    await expect(original).toContainText("Mitt personnummer är [personnummer].");
    for (const secret of [personnummer, phone, email]) await expect(page.getByText(secret)).toHaveCount(0);
  }
});

test("[moderator] redacts a finding with one click in the review view", async ({ page }) => {
  const title = `Ett hembesök ${stamp}`;
  await sendStory({
    title,
    theme: "Barn och familj",
    body: storyWith("Handläggaren Anna Svensson kom på hembesök och skrev sedan saker i utredningen som inte stämde."),
  });
  await useAdminSession(page);
  const item = queueItem(page, title);
  await expect(item).toContainText("Kvar i texten:");
  await expect(item).toContainText("Namn: 1");
  await item.getByRole("link").click();

  const text = page.getByLabel("Text", { exact: true });
  const findings = page.locator("#review-body-findings");
  await expect(findings.locator("mark")).toHaveText(["Handläggaren Anna Svensson"]);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: "Ersätt med ”Min handläggare” i stället för ”Handläggaren Anna Svensson”" }).click();
  await expect(text).toHaveValue(/Min handläggare kom på hembesök/);
  await expect(findings).toHaveCount(0);
  await expect(text).toBeFocused();

  // Saved as any other edit, so the audit log records the moderator's change.
  await page.getByRole("button", { name: "Spara ändringar" }).click();
  await expect(page.getByText("Ändringarna är sparade.")).toBeVisible();
  await page.reload();
  await expect(text).toHaveValue(/Min handläggare kom på hembesök/);
  await expect(page.getByRole("region", { name: "Som författaren skrev" })).toContainText("Handläggaren Anna Svensson");
});

test("[reader] sees findings in a comment and the server replaces the rest", async ({ page }) => {
  await page.goto("/berattelser");
  await page.goto((await page.locator("main a[href^='/berattelser/']").first().getAttribute("href"))!);
  await expect(page.getByText(/Innan kommentaren sparas byter vi automatiskt ut personnummer/)).toBeVisible();
  const comment = page.getByLabel("Din kommentar");
  await comment.fill(`Jag kände igen mig. Ring mig gärna på ${phone} eller skriv till ${email} ${stamp}.`);
  const findings = page.locator("#comment-body-findings");
  await expect(findings.locator("mark")).toHaveText([phone, email]);
  await expectNoA11yViolations(page);
  await page.getByRole("button", { name: `Ersätt med ”[telefonnummer]” i stället för ”${phone}”` }).click();
  await expect(comment).toHaveValue(/Ring mig gärna på \[telefonnummer\] eller/);
  // The e-mail address is left for the server to replace.
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka kommentaren" }).click();
  await expect(page.getByText("Tack! Din kommentar visas när en moderator har läst den.")).toBeVisible();
});

function queueItem(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
}

async function scanE2eDatabase(): Promise<string[]> {
  const url = fs.readFileSync(path.join(__dirname, "..", ".e2e", "postgres", "database-url"), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
    );
    const rows: string[] = [];
    for (const { table_name: table } of tables.rows) {
      const result = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM "${table.replace(/"/g, '""')}" t`);
      rows.push(...result.rows.map(({ row }) => `${table}: ${row}`));
    }
    return rows;
  } finally {
    await client.end();
  }
}

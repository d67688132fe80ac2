import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import pg from "pg";
import { expectNoA11yViolations } from "./support/a11y";
import { sendStory } from "./support/author";

// What readers and the author see of an organisation's public answer, on a phone. The answer is
// written straight into the PostgreSQL server's database (the answer's own journey, with the
// responder and the moderators, is tested where it is built), beside answers and marks that are
// not public, each with a word of its own that must never show.
test.use({ viewport: { width: 390, height: 844 } });

const organisationName = "Socialtjänsten, E2E-kommun, Individ och familj";
const hidden = ["VÄNTANDESVARE2E", "RETURNERADMARKE2E"];

async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide at 390 px`).toBeLessThanOrEqual(390);
}

async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = fs.readFileSync(path.join(__dirname, "..", ".e2e", "postgres", "database-url"), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Publishes the story as told by staff, with one public answer (two public marks, one returned)
// and one pending answer, then announces the change the way a publication does.
async function publishWithAnswers(title: string) {
  await withDatabase(async (client) => {
    const story = await client.query<{ id: string }>(
      `UPDATE "Story" SET status = 'PUBLISHED', "publishedAt" = now(), "decidedAt" = now(), "authorRole" = 'PERSONAL', "municipalityCode" = '1280'
       WHERE title = $1 RETURNING id`,
      [title],
    );
    const storyId = story.rows[0].id;
    const suffix = Date.now().toString(36);
    const organisations = await client.query<{ id: string }>(
      `INSERT INTO "Organisation" (id, name, "municipalityCodes", "emailDomains", "contactEmail", "updatedAt")
       VALUES ($1, $2, ARRAY['1280'], ARRAY['e2e.se'], 'kontakt@e2e.se', now()), ($3, 'Annan organisation', ARRAY['1280'], ARRAY['e2e.se'], 'annan@e2e.se', now())
       RETURNING id`,
      [`org-a-${suffix}`, organisationName, `org-b-${suffix}`],
    );
    await client.query(
      `INSERT INTO "Answer" (id, "storyId", "organisationId", body, status, "publishedAt")
       VALUES ($1, $2, $3, 'Tack för att du berättar. Vi har sett över hur vi tar emot besök.', 'PUBLISHED', now()),
              ($4, $2, $5, $6, 'PENDING', NULL)`,
      [`answer-a-${suffix}`, storyId, organisations.rows[0].id, `answer-b-${suffix}`, organisations.rows[1].id, hidden[0]],
    );
    await client.query(
      `INSERT INTO "ChangeMark" (id, "answerId", kind, description, "markedOn", status, "publishedAt")
       VALUES ($1, $2, 'LOOKING_INTO', 'Vi går igenom rutinerna.', DATE '2026-11-10', 'PUBLISHED', now()),
              ($3, $2, 'CHANGE_MADE', 'Nya rutiner för mottagningen.', DATE '2026-11-20', 'PUBLISHED', now()),
              ($4, $2, 'CHANGE_PLANNED', $5, DATE '2026-11-15', 'RETURNED', NULL)`,
      [`mark-a-${suffix}`, `answer-a-${suffix}`, `mark-b-${suffix}`, `mark-c-${suffix}`, hidden[1]],
    );
    await client.query(`SELECT pg_notify('sakligt_public_change', $1)`, [JSON.stringify({ from: "e2e", keys: ["*"] })]);
  });
}

test("[reader] sees an organisation's verified answer and what changed; the author sees it too", { tag: "@postgres" }, async ({ page, request }, testInfo) => {
  test.skip(testInfo.project.name !== "postgres", "the answers are seeded in the PostgreSQL database");
  const title = `Ett möte på mottagningen ${Date.now().toString(36)}`;
  const receipt = await sendStory({ title, theme: "Bemötande" });
  await publishWithAnswers(title);

  // The answered list, filtered by staff, shows the story with both marks in words.
  await page.goto("/berattelser?besvarade=1&av=personal");
  const card = page.getByRole("article").filter({ has: page.getByRole("link", { name: title }) });
  await expect(card.getByText("Berättat av personal")).toBeVisible();
  await expect(card.getByText("Besvarad av socialtjänsten")).toBeVisible();
  await expect(page.getByLabel("Bara berättelser som är besvarade av socialtjänsten")).toBeChecked();
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  await card.getByRole("link", { name: title }).click();
  const answers = page.getByRole("region", { name: "Svar från socialtjänsten" });
  await expect(answers.getByRole("heading", { name: organisationName })).toBeVisible();
  await expect(answers.getByText("Verifierad organisation")).toBeVisible();
  await expect(answers.getByRole("link", { name: "kontakt@e2e.se" })).toBeVisible();
  const marks = answers.getByRole("list", { name: "Vad som har hänt sedan" }).getByRole("listitem");
  await expect(marks).toHaveText([/Vi tittar på det.*Vi går igenom rutinerna\./s, /Förändring genomförd.*Nya rutiner för mottagningen\./s]);
  await expect(page.getByText("Berättat av personal")).toBeVisible();
  for (const word of hidden) expect(await page.content()).not.toContain(word);
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);

  const id = page.url().split("/").pop()!;
  const api = await (await request.get(`/api/v1/stories/${id}`)).json();
  expect(api.story.answers).toMatchObject([{ organisation: { name: organisationName }, marks: [{ kind: "LOOKING_INTO" }, { kind: "CHANGE_MADE" }] }]);
  for (const word of hidden) expect(JSON.stringify(api)).not.toContain(word);

  // The author reads the answer on the receipt and is invited to comment on it.
  await page.goto(receipt);
  await expect(page.getByRole("region", { name: "Svar från socialtjänsten" }).getByText("Förändring genomförd")).toBeVisible();
  await expect(page.getByText("Socialtjänsten har svarat på din berättelse.")).toBeVisible();
  for (const word of hidden) expect(await page.content()).not.toContain(word);
  await expectNoSidewaysScroll(page);
  await expectNoA11yViolations(page);
});

import { expect, test } from "@playwright/test";
import moderation from "../messages/sv/moderation.json";
import moderationReview from "../messages/sv/moderation-review.json";
import moderatorSecurity from "../messages/sv/moderator-security.json";
import { loadMessages } from "../i18n/messages";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoCspViolations, watchCspViolations } from "./support/csp";
import { waitForProofOfWork } from "./support/proof-of-work";

// What a reader's browser is sent: only the messages of the page's own client components (no
// moderator strings), and the comment form with its proof of work only once someone starts a
// comment. The sizes themselves are measured by `npm run bench:lighthouse`, not here.

const leaves = (value: unknown): string[] =>
  typeof value === "string" ? [value] : typeof value === "object" && value ? Object.values(value).flatMap(leaves) : [];
// Long, plain sentences, so that a hit means the message file was sent and not a common word.
const plainSentences = (messages: unknown) => leaves(messages).filter((text) => text.length >= 30 && !/["\\\n{<]/.test(text));

async function firstStoryPath(request: import("@playwright/test").APIRequestContext) {
  const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
  return `/berattelser/${stories[0].id}`;
}

test("[reader] public pages carry no moderator strings", async ({ request }) => {
  const moderatorFiles = { ...moderation, ...moderationReview, ...moderatorSecurity };
  // A sentence the public forms use too ("Samma tema är valt två gånger." begins one of the story
  // form's errors) is not a leak.
  const all = loadMessages("sv") as Record<string, unknown>;
  const publicTexts = leaves(Object.fromEntries(Object.entries(all).filter(([namespace]) => !(namespace in moderatorFiles))));
  const moderatorSentences = plainSentences(moderatorFiles).filter((sentence) => !publicTexts.some((text) => text.includes(sentence)));
  const paths = ["/", "/berattelser", await firstStoryPath(request), "/beratta", "/integritet", "/sidan-finns-inte"];
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    expect(moderatorSentences.filter((sentence) => html.includes(sentence)), path).toEqual([]);
  }
  // The same search finds messages that are sent: the login form's failure text is in the page's
  // data for the browser before anyone has failed to log in.
  const login = await (await request.get("/mod/logga-in")).text();
  expect(login).toContain(moderation.Login.failed);
});

test("[reader] the comment form and its proof of work load when a reader starts a comment", async ({ page, request }) => {
  const csp = watchCspViolations(page);
  const challenges: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/altcha/challenge")) challenges.push(request.url());
  });
  await page.goto(await firstStoryPath(request));
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: "Skriv en kommentar" })).toBeVisible();
  await expect(page.getByText(/Innan kommentaren sparas byter vi automatiskt ut personnummer/)).toBeVisible();
  await expect(page.locator("altcha-widget")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Skicka kommentaren" })).toHaveCount(0);
  expect(challenges).toEqual([]);
  await expectNoA11yViolations(page);

  // Typed before the form has loaded: the text and the focus carry over to the real form.
  const field = page.getByLabel("Din kommentar");
  await field.click();
  await page.keyboard.type("Jag känner igen mig");
  await expect(page.getByRole("button", { name: "Skicka kommentaren" })).toBeVisible();
  await page.keyboard.type(" i det här.");
  await expect(field).toHaveValue("Jag känner igen mig i det här.");
  await expect(field).toBeFocused();
  await waitForProofOfWork(page);
  expect(challenges).toHaveLength(1);
  expectNoCspViolations(csp, "the story page");
});

import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { stripInvisibleCharacters } from "../lib/privacy/strip-invisible-characters";
import { useAdminSession } from "./support/admin-page";
import { documentationAddress, sendStory } from "./support/author";
import { waitForProofOfWork } from "./support/proof-of-work";
import { batchPayloads, type XssPayload, xssPayloads } from "./support/xss-payloads";

// Hostile text through every public text field (story title and body, a comment) and the
// moderator's free-text reply, then a visit to every page that shows it. Each page must show
// the text literally: no dialog, no sentinel set, no element or attribute made from the text.
// The payloads travel in a few batches so the whole journey takes seconds, not minutes.

const stamp = Date.now();
const collapse = (text: string) => text.replace(/\s+/g, " ").trim();
// A template placeholder in a reply is refused on purpose (the author would read "{{reason}}").
const isPlaceholder = (payload: XssPayload) => /\{\{\s*[a-zA-Z][a-zA-Z0-9_]*\s*\}\}/.test(payload.text);

const title = `XSS ${stamp} <script>window.__xss=41;alert(41)</script> "><img src=x onerror=window.__xss=42>`;
const editedTitle = `${title} '><svg onload=window.__xss=43>`;
const body = xssPayloads.map(({ text }) => text).join("\n\n");
const reply = `Svar ${stamp}\n\n${xssPayloads.filter((payload) => !isPlaceholder(payload)).map(({ text }) => text).join("\n\n")}`;
const [comment, ...extraComments] = batchPayloads([{ name: "stamp", text: `Kommentar ${stamp}` }, ...xssPayloads], 1_900);

const dialogs: string[] = [];
function watchDialogs(context: BrowserContext) {
  context.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()} "${dialog.message()}" on ${dialog.page()?.url()}`);
    void dialog.dismiss().catch(() => {});
  });
}

// Anything the payloads could have turned into: an event handler attribute, a script- or
// data-URL, an embedded frame, a script whose text is a payload, or an image from src=x.
async function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.querySelectorAll("*"))) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of Array.from(element.attributes)) {
        if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`);
        if (/^(href|src|data|action|formaction|srcdoc|xlink:href)$/i.test(attribute.name) && /^\s*(javascript|data):/i.test(attribute.value)) {
          found.push(`<${tag} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
        }
      }
      if (["iframe", "object", "embed", "frame"].includes(tag)) found.push(`<${tag}>`);
      if (tag === "script" && /^\s*(window\.__xss|parent\.window|alert)/.test(element.textContent ?? "")) found.push("<script>payload");
      if (tag === "img" && element.getAttribute("src") === "x") found.push("<img src=x>");
    }
    return { sentinel: (window as unknown as Record<string, unknown>).__xss, found };
  });
}

// Visits a page and checks that it is inert and shows every expected text as it was written.
async function expectInert(page: Page, path: string | null, expected: string[], where = "main") {
  if (path) await page.goto(path);
  await page.waitForLoadState("load");
  await page.waitForTimeout(250); // onerror and ontoggle fire after load
  const { sentinel, found } = await injectedMarkup(page);
  expect(sentinel, `a payload ran on ${page.url()}`).toBeUndefined();
  expect(found, `markup made from text on ${page.url()}`).toEqual([]);
  expect(dialogs, "dialogs opened").toEqual([]);
  const shown = collapse(await page.locator(where).first().innerText());
  // Stored text loses its invisible characters (direction overrides, zero-width spaces), so a
  // payload that hid behind them is shown as written less those.
  const missing = expected.filter((text) => !shown.includes(collapse(stripInvisibleCharacters(text))));
  expect(missing, `text not shown literally on ${page.url()}`).toEqual([]);
}

const bodyTexts = xssPayloads.map(({ text }) => text);

test("[author] hostile text in every public field stays inert text on every page", async ({ page, browser }) => {
  watchDialogs(page.context());

  // The form itself, while typing (the live checks render what is typed).
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill(title);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(body);
  await expectInert(page, null, []);

  const receipt = await sendStory({ title, theme: "Bemötande", body });

  // The moderator's queue and review view, then an edit (for the audit log's diff) and publication.
  await useAdminSession(page);
  await expectInert(page, "/mod", [title]);
  await page.getByRole("link", { name: `Granska berättelsen ”${title}”` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Granska berättelse");
  const storyId = page.url().split("/").pop()!;
  await expectInert(page, null, bodyTexts, "main");
  await expect(page.getByLabel("Rubrik")).toHaveValue(title);
  await page.getByLabel("Rubrik").fill(editedTitle);
  await page.getByLabel("Svarstext").fill(reply);
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await page.getByRole("dialog", { name: "Publicera berättelsen?" }).getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page).toHaveURL(/\/mod\?klart=publicerad$/);

  // A reader comments with the payloads; the moderator sees them in the comment queue and approves.
  const readerContext = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": documentationAddress() } });
  watchDialogs(readerContext);
  const reader = await readerContext.newPage();
  for (const text of [comment, ...extraComments]) {
    await reader.goto(`/berattelser/${storyId}`);
    await reader.getByLabel("Din kommentar").fill(text);
    await waitForProofOfWork(reader);
    await reader.getByRole("button", { name: "Skicka kommentaren" }).click();
    await expect(reader.getByText("Tack! Din kommentar visas när en moderator har läst den.")).toBeVisible();
  }
  await expectInert(page, "/mod/kommentarer", [comment, ...extraComments]);
  for (const text of [comment, ...extraComments]) {
    const item = page.getByRole("listitem").filter({ hasText: collapse(stripInvisibleCharacters(text)).slice(0, 60) });
    await item.getByRole("button", { name: "Godkänn" }).click();
    await expect(item.getByText("Kommentaren är godkänd.")).toBeVisible();
  }

  // Every public page that shows the story, the receipt, and the audit log.
  await expectInert(reader, `/berattelser/${storyId}`, [editedTitle, ...bodyTexts, reply, comment, ...extraComments]);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(collapse(editedTitle));
  await expectInert(reader, "/berattelser", [editedTitle]);
  await expectInert(reader, "/berattelser?tagg=bemotande", [editedTitle]);
  await expectInert(reader, "/", [editedTitle]);
  await expectInert(reader, receipt, [editedTitle, ...bodyTexts, reply]);
  await expectInert(page, "/mod/logg", [title, editedTitle]);

  // The JSON API returns the same text, as JSON, and the browser does not run it either.
  const api = await reader.request.get(`/api/v1/stories/${storyId}`);
  expect(api.headers()["content-type"]).toMatch(/^application\/json/);
  const { story } = await api.json();
  expect(story.title).toBe(collapse(editedTitle));
  expect(story.body).toBe(stripInvisibleCharacters(body));
  // The published reply is the house style's opening and closing around what the moderator wrote.
  const replies: string[] = story.replies.map((r: { body: string }) => r.body);
  expect(replies.some((body) => body.includes(stripInvisibleCharacters(reply).trim()))).toBe(true);
  expect(story.comments.map((c: { body: string }) => c.body).sort()).toEqual([comment, ...extraComments].map(stripInvisibleCharacters).sort());
  // The browser shows JSON as text, so the title appears there in its JSON-escaped form.
  const asJson = JSON.stringify(collapse(editedTitle)).slice(1, -1);
  await expectInert(reader, `/api/v1/stories/${storyId}`, [asJson], "body");
  await expectInert(reader, "/api/v1/stories", [asJson], "body");
  await readerContext.close();
  expect(dialogs).toEqual([]);
});

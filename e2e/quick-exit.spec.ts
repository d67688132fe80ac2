import { expect, type Page, test } from "@playwright/test";
import { axeFor, expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { sendStory } from "./support/author";

const neutral = "https://www.smhi.se/";

test.beforeEach(async ({ page }) => {
  // The test machine has no internet: the neutral site is answered locally.
  await page.route(`${neutral}**`, (route) => route.fulfill({ contentType: "text/html", body: "<title>SMHI</title>" }));
});

test("[author] one click leaves for a neutral site, forgets the draft and leaves no way back", async ({ page }) => {
  await page.goto("/berattelser");
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill("Något ingen annan ska se");
  await expect.poll(() => page.evaluate(() => window.sessionStorage.length)).toBeGreaterThan(0);
  await expectNoA11yViolations(page);

  await page.getByRole("button", { name: "Lämna sidan snabbt" }).click();
  await expect(page).toHaveURL(neutral);
  await page.goBack();
  // The writing page was replaced, so Back skips it.
  await expect(page).toHaveURL(/\/berattelser$/);
  await page.goto("/beratta");
  await expect(page.getByLabel("Rubrik")).toHaveValue("");
});

test("[reader] pressing Escape twice leaves too, and the button is reachable by keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Lämna sidan snabbt" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page).not.toHaveURL(neutral);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(neutral);
});

// A leave starts a navigation during the key press; this long is enough for it to show.
const settle = (page: Page) => page.waitForTimeout(700);

test("[author] Escape that closes a dialog or a widget's popup does not count: the draft stays", async ({ page }) => {
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill("Mitt utkast");
  await expect.poll(() => page.evaluate(() => window.sessionStorage.length)).toBeGreaterThan(0);

  // The story form has no dialog of its own; any modal dialog on any page behaves alike.
  await page.evaluate(() => {
    const dialog = document.createElement("dialog");
    dialog.id = "testdialog";
    dialog.innerHTML = "<p>Ett test</p><button type='button'>OK</button>";
    document.body.append(dialog);
    dialog.showModal();
  });
  await page.keyboard.press("Escape");
  await expect.poll(() => page.evaluate(() => (document.getElementById("testdialog") as HTMLDialogElement).open)).toBe(false);
  await page.keyboard.press("Escape");
  await settle(page);
  await expect(page).toHaveURL(/\/beratta$/);
  await expect(page.getByLabel("Rubrik")).toHaveValue("Mitt utkast");

  // A widget that handles Escape itself (say, a suggestion list) cancels the key press.
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.id = "testwidget";
    input.addEventListener("keydown", (event) => event.key === "Escape" && event.preventDefault());
    document.querySelector("main")!.append(input);
  });
  await page.locator("#testwidget").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await settle(page);
  await expect(page).toHaveURL(/\/beratta$/);
  await expect(page.getByLabel("Rubrik")).toHaveValue("Mitt utkast");
  await page.reload();
  await expect(page.getByLabel("Rubrik")).toHaveValue("Mitt utkast");

  // Two presses of its own still leave.
  await page.getByLabel("Rubrik").focus();
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(neutral);
});

test("[moderator] Escape closes the publish dialog, and Escape again stays on the review", async ({ page }) => {
  const title = `Snabbutgång och dialog ${Date.now()}`;
  await sendStory({ title, theme: "Bemötande" });
  await useAdminSession(page);
  await page.goto("/mod");
  await page.getByRole("link", { name: title }).click();
  await page.getByLabel("Rubrik").fill(`${title} (redigerad)`);
  await page.getByLabel("Bemötande", { exact: true }).check();
  await page.getByLabel("Utgå från en mall").selectOption({ label: "Synpunkter på bemötande" });
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  const dialog = page.getByRole("dialog", { name: "Publicera berättelsen?" });
  await expect(dialog).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await page.keyboard.press("Escape");
  await settle(page);
  await expect(page).toHaveURL(/\/mod\/berattelser\//);
  await expect(page.getByLabel("Rubrik")).toHaveValue(`${title} (redigerad)`);
});

test("[reader] on a phone the button stays on screen at the bottom of every page, and its hint is in a landmark", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/berattelser");
  const storyPath = await page.locator("main a[href^='/berattelser/']").first().getAttribute("href");
  const paths = ["/", "/berattelser", storyPath!, "/beratta", "/integritet", "/mod/logga-in", "/finns-inte"];
  for (const path of paths) {
    await page.goto(path);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: path }).toBeGreaterThan(0);
    await expect(page.getByRole("button", { name: "Lämna sidan snabbt" }), path).toBeInViewport({ ratio: 1 });
    const region = await axeFor(page).withRules(["region"]).analyze();
    expect(region.violations.map((violation) => violation.nodes.map((node) => node.target)), path).toEqual([]);
  }
  await expectNoA11yViolations(page);

  // A field focused from far below scrolls into view below the bar, not under it.
  await page.goto("/beratta");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.getByLabel("Rubrik").focus();
  const bar = await page.getByRole("complementary", { name: "Snabbutgång" }).boundingBox();
  const field = await page.getByLabel("Rubrik").boundingBox();
  expect(field!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
});

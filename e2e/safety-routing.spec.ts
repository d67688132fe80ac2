import { expect, test } from "@playwright/test";
import { expectNoA11yViolations } from "./support/a11y";
import { useAdminSession } from "./support/admin-page";
import { documentationAddress, sampleStoryBody, sendStory } from "./support/author";
import { openFromQueue } from "./support/moderator";
import { waitForProofOfWork } from "./support/proof-of-work";

// Safety routing: a story that suggests acute danger shows the author the emergency numbers at
// once and goes to the top of the moderator's queue; a threat against staff is never published
// as it stands. Stories are sent through the public form, as an author would.

const stamp = Date.now();
const suicidalBody =
  "Jag har haft kontakt med socialtjänsten i ett år om ekonomiskt bistånd och boende. Allt har gått fel och ingen ringer tillbaka. " +
  "Jag vill inte leva längre och jag vet inte vem jag ska prata med om det.";
const childBody =
  "Jag har sökt hjälp hos socialtjänsten flera gånger men ingen lyssnar på mig. Min sambo slår barnen när han har druckit, " +
  "och jag vet inte vad jag ska göra eller vart jag ska vända mig för att få hjälp med det här.";
const threatBody =
  "Handläggaren Anna tog beslutet om mina barn utan att ens träffa oss. Hon lyssnade aldrig på någonting jag sa under utredningen, " +
  "och ingen av hennes kollegor svarade när jag ringde. Jag ska ge mig på handläggaren Anna. Hon kommer få betala.";
const threatEditedBody =
  "Handläggaren tog beslutet om mina barn utan att ens träffa oss. Hon lyssnade aldrig på någonting jag sa under utredningen, " +
  "och ingen av hennes kollegor svarade när jag ringde. Jag är fortfarande mycket arg över hur vi blev behandlade.";


test("[author] sees emergency numbers at once after sending an urgent story", async ({ page }) => {
  // Its own documentation address, so the per-source story limit counts this author alone.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": documentationAddress() });
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill(`Jag orkar inte mer ${stamp}`);
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(suicidalBody);
  await page.getByLabel(/^Ekonomiskt bistånd/).check();
  await page.getByLabel(/Jag förstår och godkänner/).check();
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(page).toHaveURL(/\/kvitto\/[A-Za-z0-9_-]{43}\?ny=1$/);

  const help = page.getByRole("region", { name: "Om du eller någon annan behöver hjälp nu" });
  await expect(help).toBeVisible();
  // 112 first, then the line that matches thoughts of suicide, then every other line.
  const links = help.getByRole("link");
  await expect(links).toHaveText(["112", "Självmordslinjen 90101", "BRIS 116 111", "Kvinnofridslinjen 020-50 50 50"]);
  await expect(links.nth(1)).toHaveAttribute("href", "tel:90101");
  await expect(links.nth(2)).toHaveAttribute("href", "tel:116111");
  await expect(links.nth(3)).toHaveAttribute("href", "tel:020505050");
  await expect(help).toContainText("Socialjouren");
  await expectNoA11yViolations(page);

  // Still there when the author comes back while the story waits.
  await page.goto(page.url().replace("?ny=1", ""));
  await expect(page.getByRole("region", { name: "Om du eller någon annan behöver hjälp nu" })).toBeVisible();
});

test("[author] says someone is in danger and sees the numbers at once, and the story leads the queue", async ({ browser }) => {
  const title = `Oro hemma ${stamp}`;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": documentationAddress() } });
  const page = await context.newPage();
  await page.goto("/beratta");
  await page.getByLabel("Rubrik").fill(title);
  // A calm text the phrase lists find nothing in: only the author's answer makes it urgent.
  await page.getByRole("textbox", { name: "Din berättelse" }).fill(sampleStoryBody);
  await page.getByLabel(/^Barn och familj/).check();
  const danger = page.getByRole("group", { name: "Är någon i fara just nu?" });
  await danger.getByLabel("Ett barn far illa eller är i fara just nu").check();
  await expectNoA11yViolations(page);
  await page.getByLabel(/Jag förstår och godkänner/).check();
  await waitForProofOfWork(page);
  await page.getByRole("button", { name: "Skicka berättelsen" }).click();
  await expect(page).toHaveURL(/\/kvitto\/[A-Za-z0-9_-]{43}\?ny=1$/);
  const help = page.getByRole("region", { name: "Om du eller någon annan behöver hjälp nu" });
  await expect(help.getByRole("link").first()).toHaveText("112");
  await expect(help.getByRole("link").nth(1)).toHaveText("BRIS 116 111");
  await context.close();

  const moderator = await browser.newPage();
  await useAdminSession(moderator);
  await moderator.goto("/mod");
  const item = moderator.getByRole("region", { name: "Berättelser" }).getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Akut: Ett barn kan vara i fara");
  await moderator.close();
});

test("[author] an ordinary story shows no emergency numbers", async ({ page }) => {
  const receipt = await sendStory({ title: `Ett vanligt ärende ${stamp}`, theme: "Barn och familj" });
  await page.goto(receipt);
  await expect(page.getByRole("heading", { name: "Status" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Om du eller någon annan behöver hjälp nu" })).toHaveCount(0);
});

test("[moderator] an urgent story is at the top of the queue", async ({ page }) => {
  const ordinary = `Lång väntan ${stamp}`;
  const urgent = `Oro för barnen ${stamp}`;
  await sendStory({ title: ordinary, theme: "Barn och familj", body: sampleStoryBody });
  await sendStory({ title: urgent, theme: "Barn och familj", body: childBody });
  await useAdminSession(page);

  // Other journeys may have left stories waiting: every urgent one comes before every other,
  // so the urgent story sent last stands above the ordinary one sent first.
  // The queue's own items, not the lists of privacy markers nested inside them.
  const items = page.getByRole("region", { name: "Berättelser" }).getByRole("list").first().locator(":scope > li");
  const texts = await items.allInnerTexts();
  const urgentAt = texts.findIndex((text) => text.includes(urgent));
  const ordinaryAt = texts.findIndex((text) => text.includes(ordinary));
  expect(urgentAt).toBeGreaterThanOrEqual(0);
  expect(urgentAt).toBeLessThan(ordinaryAt);
  expect(texts.slice(0, urgentAt + 1).every((text) => text.startsWith("Akut"))).toBe(true);
  await expect(items.nth(urgentAt)).toContainText("Akut: Ett barn kan vara i fara");
  await expect(items.nth(ordinaryAt)).not.toContainText("Akut");
  await expectNoA11yViolations(page);

  // The review shows why, and offers the template that fits.
  await openFromQueue(page, urgent);
  await expect(page.getByRole("heading", { name: "Akut: läs den här först" })).toBeVisible();
  await page.getByRole("button", { name: "Använd mallen ”Oro för ett barn”" }).click();
  await expect(page.getByLabel("Utgå från en mall")).toHaveValue(/.+/);
  await expect(page.getByLabel("Svarstext")).toHaveValue(/orosanmälan/);
  await expectNoA11yViolations(page);

  // A wrong alarm is cleared, and the story takes its ordinary place.
  await page.getByRole("button", { name: "Ta bort markeringen ”Ett barn kan vara i fara”" }).click();
  await expect(page.getByRole("heading", { name: "Akut: läs den här först" })).toHaveCount(0);
  await page.goto("/mod");
  await expect(items.filter({ hasText: urgent })).not.toContainText("Akut");
  await page.goto("/mod/logg");
  await expect(page.getByText("Tog bort en säkerhetsmarkering").first()).toBeVisible();
});

test("[moderator] a threat against staff cannot be published as written", async ({ page }) => {
  const title = `Om min handläggare ${stamp}`;
  await sendStory({ title, theme: "Bemötande", body: threatBody });
  await useAdminSession(page);
  const item = page.getByRole("region", { name: "Berättelser" }).getByRole("listitem").filter({ hasText: title });
  await expect(item).toContainText("Hot mot personal");
  await expect(item).not.toContainText("Akut");

  await openFromQueue(page, title);
  await expect(page.getByRole("heading", { name: "Hot mot personal" })).toBeVisible();
  await page.getByLabel("Utgå från en mall").selectOption({ label: "Synpunkter på bemötande" });
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await page.getByRole("dialog", { name: "Publicera berättelsen?" }).getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Berättelsen kan inte publiceras" })).toContainText("hot mot en anställd");
  await expect(page).toHaveURL(/\/mod\/berattelser\//);
  await expectNoA11yViolations(page);

  // With the threat edited out, the same story is published.
  await page.getByLabel("Text", { exact: true }).fill(threatEditedBody);
  await page.getByRole("button", { name: "Publicera med svar" }).click();
  await page.getByRole("dialog", { name: "Publicera berättelsen?" }).getByRole("button", { name: "Ja, publicera" }).click();
  await expect(page).toHaveURL(/\/mod\?klart=publicerad$/);
});

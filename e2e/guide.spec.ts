import { expect, test } from "@playwright/test";
import sv from "../messages/sv/guide.json";
import fi from "../messages/fi/guide.json";
import en from "../messages/en/guide.json";
import { expectNoA11yViolations } from "./support/a11y";
import { expectNoSidewaysScroll } from "./support/phone";

const t = sv.Guide;

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[reader] the guide lists every route, the GET form shows one, and the story form and stories link to it", async ({ page, request }) => {
    await page.goto("/vart-vander-jag");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.title);
    const all = page.getByRole("region", { name: t.all.heading });
    for (const situation of Object.values(t.situations)) await expect(all.getByRole("heading", { level: 3, name: situation })).toBeVisible();
    await expect(all.getByRole("listitem")).toHaveText([
      ...["Kontakta enhetschefen", "Lämna klagomål till IVO, Inspektionen för vård och omsorg", "Anmäl till JO, Justitieombudsmannen"],
      ...["Kontakta enhetschefen", t.steps.overklagande.title, "Anmäl till JO, Justitieombudsmannen"],
      ...["Kontakta enhetschefen", "Lämna klagomål till IVO, Inspektionen för vård och omsorg", "Anmäl till JO, Justitieombudsmannen"],
      ...["Är ett barn i fara just nu? Ring 112", t.steps.orosanmalan.title, t.steps.bris.title],
      ...[t.steps.skyddsombud.title, "Vänd dig till Arbetsmiljöverket"],
    ]);
    await expect(page.getByRole("link", { name: "112" }).first()).toHaveAttribute("href", "tel:112");
    // The letter part says it needs JavaScript and offers a template, never a form that could send.
    await expect(page.getByText(t.letter.noScript)).toBeVisible();
    await expect(page.getByLabel(t.letter.templateLabel)).toHaveValue(/\[ditt namn och hur du vill bli kontaktad\]/);
    await expect(page.getByLabel(t.letter.what)).toHaveCount(0);

    // A route in full, by its plain link: each step with its facts (three weeks, JO's address).
    await all.getByRole("link", { name: t.all.open.replace("{situation}", t.situations.beslut) }).click();
    await expect(page).toHaveURL(/\/vart-vander-jag\?fraga=beslut$/);
    await expect(page.getByText("Överklagandet ska ha kommit in inom tre veckor")).toBeVisible();
    await expect(page.getByRole("link", { name: "jo.se" })).toHaveAttribute("href", "https://jo.se/");

    // The GET form.
    await page.getByRole("radio", { name: t.situations.personal }).check();
    await page.getByRole("button", { name: t.form.submit }).click();
    await expect(page).toHaveURL(/\/vart-vander-jag\?fraga=personal$/);
    const route = page.getByRole("region", { name: t.route.heading.replace("{situation}", t.situations.personal) });
    await expect(route.getByRole("heading", { level: 3 })).toHaveText([t.steps.skyddsombud.title, "Vänd dig till Arbetsmiljöverket"]);
    await expect(route.getByRole("link", { name: "av.se" })).toHaveAttribute("href", "https://av.se/");
    await expect(page.getByRole("heading", { name: t.steps.overklagande.title })).toHaveCount(0);
    await expect(page.getByRole("radio", { name: t.situations.personal })).toBeChecked();
    await page.goto("/vart-vander-jag?fraga=bemotande");
    await expect(page.getByRole("link", { name: "010-788 50 00" })).toHaveAttribute("href", "tel:0107885000");

    // Linked from the story form and from a story, in the page's language.
    await page.goto("/beratta");
    await expect(page.getByRole("link", { name: t.title })).toHaveAttribute("href", "/vart-vander-jag");
    await page.goto("/fi/beratta");
    await expect(page.getByRole("link", { name: fi.Guide.title })).toHaveAttribute("href", "/fi/vart-vander-jag");
    const { stories } = (await (await request.get("/api/v1/stories")).json()) as { stories: { id: string }[] };
    await page.goto(`/berattelser/${stories[0].id}`);
    await expect(page.getByRole("link", { name: t.title })).toHaveAttribute("href", "/vart-vander-jag");
  });
});

test("[reader] the guide with JavaScript: a letter draft never leaves the browser; axe and 390 px in every language", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // A phrase no page, message or fact contains: any request that carries it leaked the draft.
  const phrase = `utkastfras${Date.now()}${Math.random().toString(36).slice(2, 10)}`;
  const requests: string[] = [];
  const leaks: string[] = [];
  context.on("request", (request) => {
    const parts = [request.url(), request.postDataBuffer()?.toString("latin1") ?? "", JSON.stringify(request.headers())];
    requests.push(`${request.method()} ${request.url()}`);
    if (parts.some((part) => part.includes(phrase) || decodeURIComponent(part.replace(/%(?![0-9a-f]{2})/gi, "%25")).includes(phrase))) leaks.push(`${request.method()} ${request.url()}`);
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/vart-vander-jag");

  // The choice works the same with JavaScript.
  await page.getByRole("radio", { name: t.situations.beslut }).check();
  await page.getByRole("button", { name: t.form.submit }).click();
  await expect(page).toHaveURL(/fraga=beslut$/);
  const route = page.getByRole("region", { name: t.route.heading.replace("{situation}", t.situations.beslut) });
  await expect(route.getByRole("heading", { level: 3 })).toHaveText([t.steps.enhetschef.title, t.steps.overklagande.title, "Anmäl till JO, Justitieombudsmannen"]);

  // The draft: filled in, built, copied and printed, all in the page.
  const before = requests.length;
  await page.getByLabel("IVO, Inspektionen för vård och omsorg").check();
  await page.getByLabel(t.letter.what).fill(`Ingen ringde tillbaka ${phrase}.`);
  await page.getByLabel(t.letter.when).fill(`i oktober ${phrase}`);
  await page.getByLabel(t.letter.office).fill(`Socialkontoret ${phrase}`);
  // Enter in a field builds the draft; it never submits the form anywhere.
  await page.getByLabel(t.letter.office).press("Enter");
  await page.getByLabel(t.letter.want).fill(`Ett svar ${phrase}`);
  await page.getByRole("button", { name: t.letter.build }).click();
  const draft = page.getByLabel(t.letter.draft);
  await expect(draft).toHaveValue(new RegExp(`^Till IVO, Inspektionen för vård och omsorg\\nGäller: Socialkontoret ${phrase}[\\s\\S]*Ett svar ${phrase}`));
  await expect(page).toHaveURL(/fraga=beslut$/);

  await page.getByRole("button", { name: t.letter.copy }).click();
  await expect(page.getByRole("status")).toHaveText(t.letter.copied);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`Ett svar ${phrase}`);

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole("button", { name: t.letter.print }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper: the letter alone.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByText(`Ingen ringde tillbaka ${phrase}.`, { exact: false }).last()).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
  await expect(page.getByRole("button", { name: t.letter.print })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  // Nothing kept in the browser either.
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, ""]);
  await expectNoA11yViolations(page);
  expect(leaks).toEqual([]);
  // The watch saw the page's own requests, so it would have seen a leak.
  expect(requests.length).toBeGreaterThan(0);
  // And no form was sent while the draft was made (a link may be prefetched, never posted to).
  expect(requests.slice(before).filter((line) => !line.startsWith("GET "))).toEqual([]);

  for (const [prefix, messages, label] of [
    ["", sv, "IVO:s växel"],
    ["/fi", fi, "IVO:n vaihde"],
    ["/en", en, "IVO's switchboard"],
  ] as const) {
    await page.goto(`${prefix}/vart-vander-jag`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.Guide.title);
    await expectNoSidewaysScroll(page);
    await expectNoA11yViolations(page);
    await page.goto(`${prefix}/vart-vander-jag?fraga=bemotande`);
    await expect(page.getByText(`${label}: 010-788 50 00`)).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await expect(page.getByText("Complain to IVO, the Health and Social Care Inspectorate").first()).toBeVisible();
  expect(leaks).toEqual([]);
});

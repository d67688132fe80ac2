import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// axe run in the page itself. By default AxeBuilder opens a blank page for every check and
// injects axe a second time there to merge the frames' results: 3.2 s of CPU a check on two
// cores against 1.2 s, with the same results on our pages, which have no frames.
export function axeFor(page: Page) {
  return new AxeBuilder({ page }).setLegacyMode(true);
}

// WCAG 2.1 A and AA, as Swedish public-sector accessibility law (DOS-lagen) requires.
export async function expectNoA11yViolations(page: Page) {
  expect(await page.locator("iframe").count(), "axe in the page alone does not look into frames").toBe(0);
  const titled = () => page.waitForFunction(() => document.title !== "", null, { timeout: 10_000 }).catch(() => {});
  // After a client-side navigation or a refresh, Next puts the page's title back a moment after
  // its content, and a refresh still under way can take the title away while axe runs. The
  // check is of the settled page: a title missing in the first run is looked for again once,
  // after the title is back. A page with no title at all still fails.
  await titled();
  let violations = await analyze(page);
  if (violations.some(({ id }) => id === "document-title")) {
    await titled();
    violations = await analyze(page);
  }
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

async function analyze(page: Page) {
  const results = await axeFor(page).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
}

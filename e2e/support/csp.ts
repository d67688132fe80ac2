import { expect, type Page } from "@playwright/test";

// Collects every Content-Security-Policy violation a page reports, from the console and from
// the securitypolicyviolation event, so a test can assert that a journey caused none.
export function watchCspViolations(page: Page): () => string[] {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|create)/i.test(message.text())) seen.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => [...seen];
}

export function expectNoCspViolations(violations: () => string[], where: string) {
  expect(violations(), `CSP violations on ${where}`).toEqual([]);
}

// When an admin requires two-factor login, a moderator without it may only reach the page where
// it is set up. requireModerator() and moderatorAction() refuse them unless told otherwise; this
// keeps "otherwise" to that page, its actions and the shared layout (which is never the only check).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const searched = [path.join(root, "app", "mod"), path.join(root, "lib", "actions", "mod")];
const allowed = new Set([
  "app/mod/(inloggad)/layout.tsx",
  "app/mod/(inloggad)/konto/tvastegsverifiering/page.tsx",
  "lib/actions/mod/two-factor.ts",
  "app/mod/logga-in/page.tsx",
  // "Logga ut överallt" sits in the shared navigation, also on the set-up page; ending one's
  // own sessions must never wait for the second factor.
  "lib/actions/mod/session.ts",
]);

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

describe("the required second factor", () => {
  it("is waived only where it is set up", () => {
    const waiving = searched
      .flatMap(filesUnder)
      .filter((file) => /allowWithoutTotp:\s*true/.test(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(waiving.length).toBeGreaterThan(0);
    expect(waiving.filter((file) => !allowed.has(file))).toEqual([]);
  });
});

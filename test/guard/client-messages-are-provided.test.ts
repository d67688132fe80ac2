// The browser gets only the message namespaces its client components use (i18n/client-namespaces.ts).
// A component that starts using a new namespace, or moves to a route whose layout does not send
// it, would show raw keys instead of Swedish; this fails first. It also keeps the sets small and
// the moderators' strings off public pages.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type ClientArea, clientNamespaces, pickMessages } from "@/i18n/client-namespaces";
import moderation from "@/messages/sv/moderation.json";
import moderationReview from "@/messages/sv/moderation-review.json";
import moderationFacts from "@/messages/sv/moderation-facts.json";
import moderatorSecurity from "@/messages/sv/moderator-security.json";
import { clientNeeds, isProvided, namespacesUsed, root, stripComments } from "./client-message-graph";

const appDir = path.join(root, "app");
const routeFile = /^(page|layout|template|error|not-found|forbidden|unauthorized|loading|default)\.tsx$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const areaIn = (file: string): ClientArea | null => {
  const match = /<ClientMessages\s+area="(\w+)"/.exec(stripComments(fs.readFileSync(file, "utf8")));
  return match ? (match[1] as ClientArea) : null;
};

// The innermost <ClientMessages> around a route file: its own, else its segment's layout's, else
// the nearest enclosing layout's. A layout is not inside itself twice.
function providerArea(file: string): ClientArea | null {
  const dirs: string[] = [];
  for (let dir = path.dirname(file); dir.startsWith(appDir); dir = path.dirname(dir)) dirs.unshift(dir);
  const chain = dirs.map((dir) => path.join(dir, "layout.tsx")).filter((layout) => layout !== file && fs.existsSync(layout));
  return [...chain, file].map(areaIn).reduce<ClientArea | null>((outer, inner) => inner ?? outer, null);
}

const routes = filesUnder(appDir)
  .filter((file) => routeFile.test(path.basename(file)))
  .map((file) => ({ file: path.relative(root, file), area: providerArea(file), needs: clientNeeds(file) }));

describe("messages sent to the browser", () => {
  it("include every namespace each route's client components use", () => {
    const missing = routes.flatMap(({ file, area, needs }) =>
      [...needs.namespaces].filter((namespace) => !area || !isProvided(namespace, clientNamespaces[area])).map((namespace) => `${file} (${area}): ${namespace}`),
    );
    const withoutProvider = routes.filter(({ area, needs }) => !area && needs.provider).map(({ file }) => file);
    expect(missing).toEqual([]);
    expect(withoutProvider).toEqual([]);
  });

  it("are read from literal namespaces the check can follow", () => {
    expect(routes.flatMap(({ needs }) => needs.unreadable)).toEqual([]);
  });

  it("hold no namespace that none of the area's routes use", () => {
    const unused = Object.entries(clientNamespaces).flatMap(([area, provided]) => {
      const needed = routes.filter((route) => route.area === area).flatMap(({ needs }) => [...needs.namespaces]);
      return provided.filter((given) => !needed.some((namespace) => isProvided(namespace, [given]) || given.startsWith(`${namespace}.`))).map((given) => `${area}: ${given}`);
    });
    expect(unused).toEqual([]);
  });

  it("carry no moderator namespace outside /mod", () => {
    const moderatorNamespaces = Object.keys({ ...moderation, ...moderationReview, ...moderationFacts, ...moderatorSecurity });
    // /svar is behind the same login as /mod (for responders), and may carry the two-factor words.
    const publicAreas = new Set(routes.filter(({ file }) => !file.startsWith("app/mod/") && !file.startsWith("app/svar/")).flatMap(({ area }) => (area ? [area] : [])));
    const leaks = [...publicAreas].flatMap((area) =>
      clientNamespaces[area].filter((namespace) => moderatorNamespaces.includes(namespace.split(".")[0])).map((namespace) => `${area}: ${namespace}`),
    );
    expect([...publicAreas].sort()).toEqual(["accessibility", "comment", "guide", "invitation", "receipt", "write"]);
    expect(leaks).toEqual([]);
  });

  it("go through ClientMessages only, so that this check sees every provider", () => {
    const direct = ["app", "components", "lib"]
      .flatMap((dir) => filesUnder(path.join(root, dir)))
      .filter((file) => /\.tsx?$/.test(file) && /<NextIntlClientProvider\b/.test(stripComments(fs.readFileSync(file, "utf8"))));
    expect(direct.map((file) => path.relative(root, file))).toEqual([]);
  });
});

describe("the check itself", () => {
  it("follows a page through server components and dynamic imports to its client components", () => {
    const story = routes.find(({ file }) => file === "app/berattelser/[id]/page.tsx")!;
    expect([...story.needs.namespaces]).toEqual(expect.arrayContaining(["CommentForm", "Abuse", "PersonalData", "CommentForm.failures", "Common.errors"]));
    expect(story.area).toBe("comment");
    // Server components read messages on the server: the pages that only read get no provider.
    for (const reading of ["app/page.tsx", "app/berattelser/page.tsx", "app/layout.tsx", "app/not-found.tsx"]) {
      const route = routes.find(({ file }) => file === reading)!;
      expect({ reading, area: route.area, provider: route.needs.provider }).toEqual({ reading, area: null, provider: false });
    }
    expect(routes.find(({ file }) => file === "app/mod/(inloggad)/kommentarer/page.tsx")!.area).toBe("moderator");
  });

  it("reads literal namespaces, forwarding hooks and refuses what it cannot read", () => {
    const source = `const t = useTranslations("A.b"); const f = useFailureText("C.failures"); const e = useFailureText(); const g = useTranslations(name); useMessages();`;
    expect(namespacesUsed(source)).toEqual({
      namespaces: ["A.b", "C.failures", "Common.errors", "Common.errors"],
      unreadable: ["useTranslations(name)", "useMessages()"],
      provider: true,
    });
    expect(namespacesUsed("const f = useFormatter();").provider).toBe(true);
    expect(namespacesUsed("const x = 1;").provider).toBe(false);
    // A form passes its limits after the namespace; a namespace in a variable is still refused.
    const fieldErrors = `const e = useFieldErrorText("D.errors", { max: limits.max }); const u = useFieldErrorText(ns, limits);`;
    expect(namespacesUsed(fieldErrors)).toMatchObject({ namespaces: ["D.errors"], unreadable: ["useFieldErrorText(ns, limits)"] });
  });

  it("counts a namespace as provided only by itself or a namespace containing it", () => {
    expect(isProvided("Common.errors", ["Common"])).toBe(true);
    expect(isProvided("Common.errors", ["Common.errors"])).toBe(true);
    expect(isProvided("Common", ["Common.errors"])).toBe(false);
    expect(isProvided("CommonX", ["Common"])).toBe(false);
  });
});

describe("pickMessages", () => {
  it("keeps only the named namespaces and leaves the messages as they were", () => {
    const messages = { Common: { errors: { A: "a" }, quickExit: { label: "x" }, siteName: "S" }, Review: { x: "y" } };
    const before = JSON.stringify(messages);
    expect(pickMessages(messages, ["Common.errors", "Common.quickExit", "Nope.x"])).toEqual({ Common: { errors: { A: "a" }, quickExit: { label: "x" } } });
    expect(pickMessages(messages, ["Common", "Common.errors"])).toEqual({ Common: messages.Common });
    expect(JSON.stringify(messages)).toBe(before);
  });
});

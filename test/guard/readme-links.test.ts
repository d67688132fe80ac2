// The README and docs/ are read on GitHub and in a clone: a link must land on a file of this
// repository. A link that names a file that moved or never existed, or a path that climbs out of
// the repository (`../shared/…`, which only exists on the machine it was written on), fails here.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const docsDir = path.join(root, "docs");

export const documents = (): string[] => [
  path.join(root, "README.md"),
  ...fs
    .readdirSync(docsDir)
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join(docsDir, name)),
];

// Fenced code blocks hold commands and examples, not links.
const withoutFences = (markdown: string) => markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");

// Inline links and images `[text](target "title")`, reference definitions `[name]: target`, and
// HTML `href`/`src` attributes.
export function linkTargets(markdown: string): string[] {
  const text = withoutFences(markdown);
  const targets: string[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g)) targets.push(match[1]);
  for (const match of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) targets.push(match[1]);
  for (const match of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) targets.push(match[1]);
  return targets;
}

// The anchors GitHub gives a document's headings: lower case, punctuation dropped, spaces as
// hyphens, and a repeated heading numbered.
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const match of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = match[1].toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
    let anchor = base;
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`;
    anchors.add(anchor);
  }
  return anchors;
}

const isExternal = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//");

// Where a relative link lands, or why it does not.
export function brokenLinks(file: string, markdown: string): string[] {
  const problems: string[] = [];
  for (const target of linkTargets(markdown)) {
    if (isExternal(target)) continue;
    const fragment = target.includes("#") ? decodeURIComponent(target.slice(target.indexOf("#") + 1)) : "";
    const pathPart = decodeURIComponent(target.split("#")[0].split("?")[0]);
    if (pathPart === "") {
      if (fragment && !headingAnchors(markdown).has(fragment)) problems.push(`${target}: no such heading`);
      continue;
    }
    if (pathPart.split("/").includes("..")) {
      problems.push(`${target}: climbs with ../`);
      continue;
    }
    const resolved = pathPart.startsWith("/") ? path.join(root, pathPart) : path.resolve(path.dirname(file), pathPart);
    if (path.relative(root, resolved).startsWith("..")) problems.push(`${target}: outside the repository`);
    else if (!fs.existsSync(resolved)) problems.push(`${target}: no such file`);
    else if (fragment && resolved.endsWith(".md") && !headingAnchors(fs.readFileSync(resolved, "utf8")).has(fragment)) {
      problems.push(`${target}: no such heading`);
    }
  }
  return problems;
}

// A path written as code (`../shared/DOMAIN.md`) sends a reader out of the repository as surely
// as a link does.
export function pathsLeavingRepository(markdown: string): string[] {
  return [...withoutFences(markdown).matchAll(/(?:^|[\s(`'"])(\.\.\/[^\s)`'"]*)/g)].map((match) => match[1]);
}

describe("links in README.md and docs/*.md", () => {
  it("finds inline links, reference definitions and HTML links, but not fenced examples", () => {
    const sample = [
      "See [testing](docs/testing.md#the-parts) and ![diagram](docs/a.svg \"A\").",
      "[ops]: docs/operations.md",
      '<a href="lib/db/index.ts">db</a>',
      "```md",
      "[not a link](nowhere.md)",
      "```",
    ].join("\n");
    expect(linkTargets(sample)).toEqual(["docs/testing.md#the-parts", "docs/a.svg", "docs/operations.md", "lib/db/index.ts"]);
  });

  it("flags a missing file, a climb out and a code path that leaves, and passes a good link", () => {
    const readme = path.join(root, "README.md");
    expect(brokenLinks(readme, "[a](docs/no-such-file.md) [b](../shared/DOMAIN.md) [c](package.json) [d](https://example.se)")).toEqual([
      "docs/no-such-file.md: no such file",
      "../shared/DOMAIN.md: climbs with ../",
    ]);
    expect(brokenLinks(readme, "[e](docs/testing.md#no-such-heading) [f](#no-such-heading)")).toEqual([
      "docs/testing.md#no-such-heading: no such heading",
      "#no-such-heading: no such heading",
    ]);
    expect(pathsLeavingRepository("the facts of `../shared/DOMAIN.md`, and lib/../x")).toEqual(["../shared/DOMAIN.md"]);
  });

  it("names headings as GitHub does", () => {
    expect([...headingAnchors("## What `npm test` runs\n### Start-up and retention\n## Search, query by query\n## Layout\n## Layout")]).toEqual([
      "what-npm-test-runs",
      "start-up-and-retention",
      "search-query-by-query",
      "layout",
      "layout-1",
    ]);
  });

  for (const file of documents()) {
    const name = path.relative(root, file);
    it(`${name}: every relative link resolves to a file in the repository`, () => {
      expect(brokenLinks(file, fs.readFileSync(file, "utf8"))).toEqual([]);
    });
    it(`${name}: no path leaves the repository`, () => {
      expect(pathsLeavingRepository(fs.readFileSync(file, "utf8"))).toEqual([]);
    });
  }
});

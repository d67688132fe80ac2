// A comment says why the code is as it is. A tracker number says only when it was written, and means
// nothing to a reader without the tracker; the reason itself belongs in the comment, and the story
// of a change in the commit and in docs/. A reference to another project's tracker
// (`prisma/orm#27403`) names a bug outside this repository and is allowed.
// Applied migrations are left out: they are history, and their checksums must not change.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const searched = ["app", "components", "lib", "scripts", "e2e", "test", "prisma", "i18n"];
const rootFiles = fs.readdirSync(root).filter((name) => /\.(ts|tsx|js|mjs|cjs)$/.test(name));
const codeFile = /\.(ts|tsx|js|mjs|cjs)$/;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" || entry.name === "migrations" ? [] : filesUnder(full);
    return codeFile.test(entry.name) ? [full] : [];
  });
}

// Every comment in a file, found by TypeScript's own parser, so that `//` inside a string, a
// template or a regular expression is never taken for one.
export function commentsOf(fileName: string, source: string): { line: number; text: string }[] {
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : fileName.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, kind);
  const seen = new Map<number, { line: number; text: string }>();
  const collect = (ranges: readonly ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      if (seen.has(range.pos)) continue;
      seen.set(range.pos, { line: file.getLineAndCharacterOfPosition(range.pos).line + 1, text: source.slice(range.pos, range.end) });
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(source, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(source, node.getEnd()));
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

// "issue", optionally "#", and a number, in any case and also in the plural; or a bare "#"
// with a number that is not another project's `owner/repo#…` nor an HTML entity.
export const namesAnIssue = (comment: string) =>
  /\bissues?\s*(?:no\.?\s*)?#?\d+/i.test(comment) || /(?:^|[^\w/&.-])#\d+\b/.test(comment);

export function commentsNamingIssues(fileName: string, source: string): string[] {
  // Parsing is the cost; a file that cannot match anywhere is not parsed.
  if (!/issue|#\d/i.test(source)) return [];
  return commentsOf(fileName, source)
    .filter((comment) => namesAnIssue(comment.text))
    .map((comment) => `${fileName}:${comment.line}: ${comment.text.split("\n").find((line) => namesAnIssue(line))?.trim() ?? ""}`);
}

describe("code comments name no issue numbers", () => {
  it("finds an issue number in line, block and JSX comments, and nothing in strings or regexes", () => {
    const sample = [
      "// The house style (issue 9): one opening.",
      "const a = 'issue 7 in a string'; // Issue 3's floors",
      "const re = /issue 4/; /* see #12 */",
      "const t = `#5 // issue 6 inside a template`;",
      "/**",
      " * Colleague review (issues 8 and 9).",
      " */",
      "// prisma/orm#27403: the catalog returns `name`.",
      "// &#106; is an entity, and 30 issued tokens are not an issue number.",
      "const el = <p>{/* (issue 11) */}</p>;",
    ].join("\n");
    expect(commentsNamingIssues("sample.tsx", sample).map((hit) => hit.split(": ")[0])).toEqual([
      "sample.tsx:1",
      "sample.tsx:2",
      "sample.tsx:3",
      "sample.tsx:5",
      "sample.tsx:10",
    ]);
  });

  it("no comment in app/, components/, lib/, scripts/, e2e/, test/, prisma/ or the root files names an issue", () => {
    const files = [...searched.flatMap((dir) => filesUnder(path.join(root, dir))), ...rootFiles.map((name) => path.join(root, name))];
    expect(files.length).toBeGreaterThan(300);
    const hits = files.flatMap((file) => commentsNamingIssues(path.relative(root, file), fs.readFileSync(file, "utf8")));
    expect(hits).toEqual([]);
  });
});

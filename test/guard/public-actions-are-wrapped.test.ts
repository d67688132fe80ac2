// The public twin of mod-actions-are-guarded.test.ts: every server action a visitor can call is
// built with publicAction(), so none skips parsing, its rate limit, its proof of work or the one
// failure format. A new action file outside lib/actions/mod is found and checked without being listed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const modActionsRoot = path.join(root, "lib", "actions", "mod");
// The responders' actions, guarded like the moderators' (mod-actions-are-guarded.test.ts).
const responderActionsRoot = path.join(root, "lib", "actions", "svar");
const searched = ["app", "components", "lib"].map((dir) => path.join(root, dir));

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

// A file-level directive is the first statement; anything else is an inline server action.
export const hasFileDirective = (source: string) => /^\s*["']use server["']/.test(stripComments(source));
export const hasAnyDirective = (source: string) => /(^|[\n{;])\s*["']use server["']/.test(stripComments(source));

// Names (or the first words) of every export not made with publicAction(). Type-only exports
// vanish at compile time and are allowed.
export function unwrappedExports(source: string, wrapper = "publicAction"): string[] {
  const code = stripComments(source);
  const flagged: string[] = [];
  for (const match of code.matchAll(/(?:^|[\n;])\s*(export\b[^\n]*)/g)) {
    const rest = code.slice(match.index + match[0].indexOf("export"));
    if (/^export\s+(type|interface)\s/.test(rest)) continue;
    if (new RegExp(`^export\\s+const\\s+\\w+\\s*=\\s*${wrapper}\\s*\\(`).test(rest)) continue;
    flagged.push(match[1].trim().slice(0, 60));
  }
  return flagged;
}

const sourceFiles = searched
  .flatMap(filesUnder)
  .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith(modActionsRoot + path.sep) && !file.startsWith(responderActionsRoot + path.sep));
const actionFiles = sourceFiles.filter((file) => hasAnyDirective(fs.readFileSync(file, "utf8")));
const relative = (file: string) => path.relative(root, file);

describe("the detector", () => {
  it("flags every export not made with publicAction()", () => {
    const bad = `"use server";
import { publicAction } from "@/lib/actions/public-action";
export const good = publicAction({ name: "good", schema, bucket: "comment" }, async () => 1);
export const multiLine =
  publicAction({ name: "x", schema, bucket: null }, async () => 2);
export type Input = { id: string };
export async function submitEverything(input: unknown) { return input; }
export const sneaky = async () => deleteAll();
export const wrappedElsewhere = moderatorAction({ schema }, async () => 3);
export { other };
export default async function x() {}`;
    expect(unwrappedExports(bad)).toEqual([
      "export async function submitEverything(input: unknown) { ret",
      "export const sneaky = async () => deleteAll();",
      "export const wrappedElsewhere = moderatorAction({ schema }, ",
      "export { other };",
      "export default async function x() {}",
    ]);
  });

  it("is not fooled by a commented-out wrapper or directive", () => {
    expect(unwrappedExports("// export const x = publicAction(\nexport const x = async () => 1;")).toEqual(["export const x = async () => 1;"]);
    expect(hasAnyDirective('// "use server";\nexport const x = 1;')).toBe(false);
    expect(hasFileDirective('import x from "y";\nasync function f() {\n  "use server";\n}')).toBe(false);
    expect(hasAnyDirective('import x from "y";\nasync function f() {\n  "use server";\n}')).toBe(true);
  });
});

describe("public server actions", () => {
  it("are found: the story, comment and receipt actions", () => {
    expect(actionFiles.map(relative).sort()).toEqual(
      expect.arrayContaining(["lib/actions/public/story.ts", "lib/actions/public/comment.ts", "lib/actions/public/receipt.ts"]),
    );
  });

  it.each(actionFiles.map(relative))("%s declares 'use server' for the whole file, not inline", (file) => {
    expect(hasFileDirective(fs.readFileSync(path.join(root, file), "utf8"))).toBe(true);
  });

  it.each(actionFiles.map(relative))("%s exports only publicAction() actions (responderAction() under lib/actions/svar)", (file) => {
    const wrapper = path.join(root, file).startsWith(responderActionsRoot + path.sep) ? "responderAction" : "publicAction";
    expect(unwrappedExports(fs.readFileSync(path.join(root, file), "utf8"), wrapper)).toEqual([]);
  });
});

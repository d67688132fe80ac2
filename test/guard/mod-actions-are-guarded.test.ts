// A static check in the spirit of Lobsters' lint cop: every moderator server action is built with
// moderatorAction() and names the roles that may call it, and every moderator page asks
// requireModerator() itself. Forgetting any fails the build's tests instead of opening a hole. Moderator actions live in lib/actions/mod/
// (as dub keeps its actions in lib/actions/), where components import them from; app/ holds
// none, and nothing outside app/ imports from it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const modRoot = path.join(root, "app", "mod");
const actionsRoot = path.join(root, "lib", "actions", "mod");
const loginPage = path.join(modRoot, "logga-in", "page.tsx");
const responderRoot = path.join(root, "app", "svar");
const responderActionsRoot = path.join(root, "lib", "actions", "svar");

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

// Names (or the first words) of every export not made with moderatorAction(). Type-only exports
// vanish at compile time and are allowed.
export function unguardedExports(source: string): string[] {
  const code = stripComments(source);
  const flagged: string[] = [];
  for (const match of code.matchAll(/(?:^|[\n;])\s*(export\b[^\n]*)/g)) {
    const rest = code.slice(match.index + match[0].indexOf("export"));
    if (/^export\s+(type|interface)\s/.test(rest)) continue;
    if (/^export\s+const\s+\w+\s*=\s*moderatorAction\s*\(/.test(rest)) continue;
    flagged.push(match[1].trim().slice(0, 60));
  }
  return flagged;
}

// The object literal starting at `start` (a "{"), or null when something else is there.
function objectLiteralAt(code: string, start: number): string | null {
  if (code[start] !== "{") return null;
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    if (code[i] === "{") depth++;
    else if (code[i] === "}" && --depth === 0) return code.slice(start, i + 1);
  }
  return null;
}

// Names of the moderatorAction() exports whose options, written out in place, do not list the
// roles that may call them: a new role (say, responders) must open nothing by default.
export function exportsWithoutRoles(source: string): string[] {
  const code = stripComments(source);
  const missing: string[] = [];
  for (const match of code.matchAll(/export\s+const\s+(\w+)\s*=\s*moderatorAction\s*\(\s*/g)) {
    const options = objectLiteralAt(code, match.index + match[0].length);
    if (!options || !/\broles\s*:\s*\[\s*"[A-Z_]+"(\s*,\s*"[A-Z_]+")*\s*,?\s*\]/.test(options)) missing.push(match[1]);
  }
  return missing;
}

// Names (or the first words) of every export of a responder action file not made with
// responderAction(), or with moderatorAction() whose roles are exactly ["RESPONDER"] (the
// two-factor set-up, which responderAction cannot serve because it requires two-factor login).
export function nonResponderExports(source: string): string[] {
  const code = stripComments(source);
  const flagged: string[] = [];
  for (const match of code.matchAll(/(?:^|[\n;])\s*(export\b[^\n]*)/g)) {
    const rest = code.slice(match.index + match[0].indexOf("export"));
    if (/^export\s+(type|interface)\s/.test(rest)) continue;
    if (/^export\s+const\s+\w+\s*=\s*responderAction\s*\(/.test(rest)) continue;
    const wrapped = /^export\s+const\s+\w+\s*=\s*moderatorAction\s*\(\s*/.exec(rest);
    const options = wrapped ? objectLiteralAt(rest, wrapped[0].length) : null;
    if (options && /\broles\s*:\s*\[\s*"RESPONDER"\s*,?\s*\]/.test(options)) continue;
    flagged.push(match[1].trim().slice(0, 60));
  }
  return flagged;
}

// Names of moderatorAction() exports that open a moderator action to responders.
export function exportsOpenToResponders(source: string): string[] {
  const code = stripComments(source);
  const open: string[] = [];
  for (const match of code.matchAll(/export\s+const\s+(\w+)\s*=\s*moderatorAction\s*\(\s*/g)) {
    const options = objectLiteralAt(code, match.index + match[0].length);
    if (!options || /"RESPONDER"/.test(options)) open.push(match[1]);
  }
  return open;
}

export const callsRequireResponder = (source: string) => /\bawait\s+requireResponder\s*\(/.test(stripComments(source));

export const hasUseServerDirective = (source: string) => /(^|[\n{;])\s*["']use server["']/.test(stripComments(source));
export const callsRequireModerator = (source: string) => /\bawait\s+requireModerator\s*\(/.test(stripComments(source));

const files = filesUnder(modRoot);
const actionFiles = filesUnder(actionsRoot).filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file));
const pages = files.filter((file) => path.basename(file) === "page.tsx" && file !== loginPage);
const responderActionFiles = fs.existsSync(responderActionsRoot)
  ? filesUnder(responderActionsRoot).filter((file) => /\.ts$/.test(file) && !/\.test\.ts$/.test(file))
  : [];
const responderPages = fs.existsSync(responderRoot) ? filesUnder(responderRoot).filter((file) => path.basename(file) === "page.tsx") : [];
const relative = (file: string) => path.relative(root, file);

describe("the detectors", () => {
  it("flag an action file with an unguarded export", () => {
    const bad = `"use server";
import { moderatorAction } from "@/lib/actions/moderator-action";
export const good = moderatorAction({ schema, roles: ["MODERATOR", "ADMIN"] }, async () => 1);
export const multiLine =
  moderatorAction({ schema, roles: ["ADMIN"] }, async () => 2);
export type Input = { id: string };
export async function publishEverything(input: unknown) { return input; }
export const sneaky = async () => deleteAll();
export { other };
export default async function x() {}`;
    expect(unguardedExports(bad)).toEqual([
      "export async function publishEverything(input: unknown) { re",
      "export const sneaky = async () => deleteAll();",
      "export { other };",
      "export default async function x() {}",
    ]);
  });

  it("flag an action that names no roles", () => {
    const source = `"use server";
export const both = moderatorAction({ schema, roles: ["MODERATOR", "ADMIN"] }, async () => 1);
export const admins = moderatorAction(
  { schema: z.object({ id: z.string() }), roles: ["ADMIN"], allowWithoutTotp: true },
  async () => 2,
);
export const noRoles = moderatorAction({ schema }, async () => 3);
export const oldStyle = moderatorAction({ schema, role: "ADMIN" }, async () => 4);
export const emptyRoles = moderatorAction({ schema, roles: [] }, async () => 5);
export const fromVariable = moderatorAction(options, async () => 6);
export const commentedOut = moderatorAction({ schema /* roles: ["ADMIN"] */ }, async () => 7);
export const inHandler = moderatorAction({ schema }, async () => ({ roles: ["ADMIN"] }));`;
    expect(exportsWithoutRoles(source)).toEqual(["noRoles", "oldStyle", "emptyRoles", "fromVariable", "commentedOut", "inHandler"]);
  });

  it("are not fooled by a commented-out guard", () => {
    expect(unguardedExports("// export const x = moderatorAction(\nexport const x = async () => 1;")).toEqual([
      "export const x = async () => 1;",
    ]);
    expect(callsRequireModerator("// await requireModerator();\nexport default function Page() {}")).toBe(false);
    expect(callsRequireModerator("const me = await requireModerator({ role: \"ADMIN\" });")).toBe(true);
  });

  it("find inline server actions", () => {
    expect(hasUseServerDirective('async function save() {\n  "use server";\n}')).toBe(true);
    expect(hasUseServerDirective('import x from "y";\nconst label = "use server is a directive";')).toBe(false);
  });
});

describe("the responder detectors", () => {
  it("flag a responder action file with an export not made for responders alone", () => {
    const source = `"use server";
export const answer = responderAction({ schema }, async () => 1);
export const setUp = moderatorAction({ schema, roles: ["RESPONDER"], allowWithoutTotp: true }, async () => 2);
export const wide = moderatorAction({ schema, roles: ["RESPONDER", "MODERATOR"] }, async () => 3);
export const moderators = moderatorAction({ schema, roles: ["MODERATOR", "ADMIN"] }, async () => 4);
export const bare = async () => 5;
export type Input = { id: string };`;
    expect(nonResponderExports(source)).toEqual([
      'export const wide = moderatorAction({ schema, roles: ["RESPO',
      "export const moderators = moderatorAction({ schema, roles: [",
      "export const bare = async () => 5;",
    ]);
  });

  it("flag a moderator action open to responders", () => {
    const source = `export const a = moderatorAction({ schema, roles: ["MODERATOR", "ADMIN"] }, async () => 1);
export const b = moderatorAction({ schema, roles: ["ADMIN", "RESPONDER"] }, async () => 2);`;
    expect(exportsOpenToResponders(source)).toEqual(["b"]);
  });

  it("find requireResponder() only where it is called", () => {
    expect(callsRequireResponder("// await requireResponder();")).toBe(false);
    expect(callsRequireResponder("const me = await requireResponder();")).toBe(true);
  });
});

describe("lib/actions/svar and app/svar", () => {
  it("has responder actions and pages to check", () => {
    expect(responderActionFiles.length).toBeGreaterThan(0);
    expect(responderPages.length).toBeGreaterThan(0);
  });

  it.each(responderActionFiles.map(relative))("%s exports only actions for responders alone", (file) => {
    expect(nonResponderExports(fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
  });

  it.each(responderActionFiles.map(relative))("%s declares 'use server' for the whole file", (file) => {
    expect(/^\s*["']use server["']/.test(stripComments(fs.readFileSync(path.join(root, file), "utf8")))).toBe(true);
  });

  it.each(responderPages.map(relative))("%s calls requireResponder() itself", (file) => {
    expect(callsRequireResponder(fs.readFileSync(path.join(root, file), "utf8"))).toBe(true);
  });

  it.each(actionFiles.map(relative))("%s opens no action to responders", (file) => {
    expect(exportsOpenToResponders(fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
  });
});

describe("app/mod", () => {
  it("has pages and action files to check", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(actionFiles.length).toBeGreaterThan(0);
  });

  it.each(actionFiles.map(relative))("%s exports only moderatorAction() actions", (file) => {
    expect(unguardedExports(fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
  });

  it.each(actionFiles.map(relative))("%s names the roles of every action", (file) => {
    expect(exportsWithoutRoles(fs.readFileSync(path.join(root, file), "utf8"))).toEqual([]);
  });

  it.each(actionFiles.map(relative))("%s declares 'use server' for the whole file", (file) => {
    expect(/^\s*["']use server["']/.test(stripComments(fs.readFileSync(path.join(root, file), "utf8")))).toBe(true);
  });

  it("keeps server actions out of app/: none in a route folder, where this check would not look", () => {
    const inApp = filesUnder(path.join(root, "app"))
      .filter((file) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file))
      .filter((file) => hasUseServerDirective(fs.readFileSync(file, "utf8")))
      .map(relative);
    expect(inApp).toEqual([]);
  });

  it("has nothing outside app/ import from a route folder", () => {
    const outside = ["components", "lib", "i18n", "scripts", "test", "e2e"]
      .flatMap((dir) => filesUnder(path.join(root, dir)))
      .concat([path.join(root, "proxy.ts")])
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .filter((file) => /from\s+["']@\/app\//.test(fs.readFileSync(file, "utf8")))
      .map(relative);
    expect(outside).toEqual([]);
  });

  it.each(pages.map(relative))("%s calls requireModerator() itself", (file) => {
    expect(callsRequireModerator(fs.readFileSync(path.join(root, file), "utf8"))).toBe(true);
  });

  it("lets only the login page through without requireModerator()", () => {
    expect(fs.existsSync(loginPage)).toBe(true);
    expect(callsRequireModerator(fs.readFileSync(loginPage, "utf8"))).toBe(false);
  });
});

// Every address of the app is built by lib/routes.ts, so that a language prefix on the public
// pages is one change in one file. This reads every source file in app/, components/, lib/ and
// proxy.ts with the TypeScript parser (comments, which may name addresses, are not code) and
// fails on a string that is an app path: one starting with a folder of app/ (/mod, /kvitto,
// /api, ...), the bare "/" where it is navigated to, or a hand-built `klart=` query.
// e2e/ and the tests keep literal paths on purpose: they check the real addresses.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const routeTable = path.join(root, "lib", "routes.ts");

// The first segment of every page and route handler: a new folder under app/ is covered at once.
const topSegments = fs
  .readdirSync(path.join(root, "app"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !/^[([_@]/.test(entry.name))
  .map((entry) => entry.name);
const appPath = new RegExp(`^/(${topSegments.join("|")})(?=[/?#]|$)`);
// A regular expression matching such a path, as the proxy and the cache once wrote them: /^\/mod(\/|$)/.
const appPathPattern = new RegExp(String.raw`^/\^\\/((${topSegments.join("|")})(?![\w-])|\$)`);
// Where a bare "/" is an address rather than a separator or a cookie's path.
const navigatingCalls = new Set(["redirect", "permanentRedirect", "push", "replace", "assign", "revalidatePath", "signOut", "signIn"]);
const addressProperties = new Set(["href", "action", "callbackUrl", "signIn", "error"]);

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

function isNavigatedTo(node: ts.Node): boolean {
  let parent = node.parent;
  // `href={"/"}` and `{ callbackUrl: "/" }` reach the attribute or property through a wrapper.
  if (ts.isJsxExpression(parent)) parent = parent.parent;
  if (ts.isJsxAttribute(parent)) return true;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) return addressProperties.has(parent.name.getText());
  if (ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)) return navigatingCalls.has(calleeName(parent) ?? "");
  return false;
}

function isLiteralAppPath(node: ts.Node): boolean {
  if (ts.isRegularExpressionLiteral(node)) return appPathPattern.test(node.text);
  let text: string | undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
  else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join("\u0000");
  if (text === undefined) return false;
  if (/(^|[?&])klart=/.test(text)) return true;
  const head = ts.isTemplateExpression(node) ? node.head.text : text;
  if (appPath.test(head)) return true;
  return /^\/([?#]|$)/.test(head) && !ts.isTemplateExpression(node) && isNavigatedTo(node);
}

// Every literal app path in one source text, as "line: text".
export function literalAppPaths(source: string, fileName = "file.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isLiteralAppPath(node)) {
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push(`${line}: ${node.getText(file)}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("the detector", () => {
  it("finds app paths in strings, templates, links, redirects and hand-built klart queries", () => {
    const bad = `
      const a = <Link href="/mod/taggar">x</Link>;
      redirect(\`/kvitto/\${token}?klart=andrad\`);
      revalidatePath("/mod", "layout");
      const b = <Link href="/">x</Link>;
      router.push(\`\${returnTo}?klart=\${klart}\`);
      const c = { href: "/api/v1/tags" };
      const d = <form action="/sok" />;
      const e = [/^\\/kvitto(\\/|$)/, /^\\/$/, /^\\/api\\/v1\\/tags\\/?$/];
    `;
    expect(literalAppPaths(bad)).toHaveLength(10);
  });

  it("leaves comments, separators, cookie paths and non-app paths alone", () => {
    const fine = `
      // A comment naming /berattelser/<id> and \`/mod?klart=x\`.
      /* "/kvitto/x" */
      const parts = name.split("/");
      const cookie = { path: "/", secure: true };
      const joined = segments.join("/");
      const file = "/tmp/x";
      const other = "/moderator";
      const href = routes.story(id);
      const patterns = [/^\\/moderator/, /\\/mod/, /^[a-z]+\\/$/];
    `;
    expect(literalAppPaths(fine)).toEqual([]);
  });
});

describe("app paths", () => {
  const files = [...["app", "components", "lib"].flatMap((dir) => sourcesUnder(path.join(root, dir))), path.join(root, "proxy.ts")].filter(
    (file) => file !== routeTable,
  );

  it("covers the app's folders", () => {
    expect(topSegments).toEqual(expect.arrayContaining(["api", "beratta", "berattelser", "integritet", "kvitto", "mod", "sok"]));
  });

  it("are built by lib/routes.ts, never written out elsewhere", () => {
    const offenders = files.flatMap((file) =>
      literalAppPaths(fs.readFileSync(file, "utf8"), file).map((found) => `${path.relative(root, file)}:${found}`),
    );
    expect(offenders).toEqual([]);
  });
});

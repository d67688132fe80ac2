// Imports inside lib/ point down: infrastructure (the database, the cache, HTTP, security, errors,
// the environment …) knows no domain, no code the app runs knows the tests' fixtures, and no two
// files import each other in a loop. An arrow back up makes a domain impossible to change or
// test alone, and is where the next role or language would have to be threaded through twice.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const lib = path.join(root, "lib");

const infrastructure = new Set(["db", "cache", "http", "security", "errors", "env", "request", "concurrency", "secrets", "ids", "pagination", "health", "text", "routes", "locales"]);

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

const appFiles = filesUnder(lib)
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => path.relative(root, file).split(path.sep).join("/"));

const importPattern = /(?:from|import)\s*\(?\s*["']([^"']+)["']/g;

// Every module a file names, resolved to a path from the root ("lib/db/index.ts").
function importsOf(file: string): string[] {
  const source = fs.readFileSync(path.join(root, file), "utf8");
  return [...source.matchAll(importPattern)].flatMap(([, specifier]) => {
    const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.posix.join(path.posix.dirname(file), specifier) : null;
    if (base === null) return specifier === "vitest" ? ["vitest"] : [];
    const found = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, base].find((candidate) => fs.existsSync(path.join(root, candidate)));
    return [found ?? base];
  });
}

const areaOf = (file: string) => file.split("/")[1].replace(/\.tsx?$/, "");
const graph = new Map(appFiles.map((file) => [file, importsOf(file)]));

describe("imports inside lib/", () => {
  it("leave the tests' fixtures and vitest to the tests", () => {
    const offenders = [...graph].flatMap(([file, imports]) => imports.filter((target) => target === "vitest" || target.startsWith("test/")).map((target) => `${file} -> ${target}`));
    expect(offenders).toEqual([]);
  });

  it("run from a domain down to infrastructure, never back up", () => {
    const offenders = [...graph].flatMap(([file, imports]) =>
      infrastructure.has(areaOf(file)) ? imports.filter((target) => target.startsWith("lib/") && !infrastructure.has(areaOf(target))).map((target) => `${file} -> ${target}`) : [],
    );
    expect(offenders).toEqual([]);
  });

  it("form no loop between files", () => {
    expect(loopsIn(graph)).toEqual([]);
  });

  // Each folder of lib/ stands above the folders it imports. A loop between two folders (tags
  // reading stories while stories read tags) is an arrow that runs back up, even when no two
  // files form a loop.
  it("form no loop between the folders of lib/", () => {
    const areas = new Map<string, string[]>();
    for (const [file, imports] of graph) {
      const from = `lib/${areaOf(file)}`;
      const targets = imports.filter((target) => target.startsWith("lib/")).map((target) => `lib/${areaOf(target)}`);
      areas.set(from, [...new Set([...(areas.get(from) ?? []), ...targets.filter((target) => target !== from)])]);
    }
    expect(loopsIn(areas)).toEqual([]);
  });
});

function loopsIn(edges: Map<string, string[]>): string[] {
  const loops: string[] = [];
  const state = new Map<string, "open" | "done">();
  const visit = (node: string, trail: string[]) => {
    if (state.get(node) === "done") return;
    if (state.get(node) === "open") {
      loops.push([...trail.slice(trail.indexOf(node)), node].join(" -> "));
      return;
    }
    state.set(node, "open");
    for (const target of edges.get(node) ?? []) if (edges.has(target)) visit(target, [...trail, node]);
    state.set(node, "done");
  };
  for (const node of edges.keys()) visit(node, []);
  return loops;
}

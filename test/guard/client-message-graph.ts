// Reads the source to find which message namespaces a route's client components need: it follows
// every import (dynamic ones too) from a route file, treats a module as client code once it has
// "use client" or is imported from client code, and collects the namespaces of its
// useTranslations calls. Server components read messages on the server and need nothing sent.
import fs from "node:fs";
import path from "node:path";

export const root = path.resolve(__dirname, "../..");

export const stripComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/.*$/gm, "$1");

const read = (file: string) => stripComments(fs.readFileSync(file, "utf8"));
const isClientModule = (source: string) => /^\s*["']use client["']/.test(source);

// Hooks that call useTranslations with a namespace their caller passes: what the call needs
// (the namespace is "" for a call without one).
const forwarders: Record<string, (namespace: string) => string[]> = {
  useFailureText: (own) => (own ? [own, "Common.errors"] : ["Common.errors"]),
  useFieldErrorText: (namespace) => [namespace],
};
const forwarderFiles = ["components/forms/use-failure-text.ts", "components/forms/use-field-error-text.ts"];

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null; // A package: it reads no messages of ours.
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export function runtimeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:^|[\n;])\s*(?:import|export)\s+(type\s+)?[^;"']*?from\s+["']([^"']+)["']/g)) {
    if (!match[1]) specifiers.push(match[2]);
  }
  for (const match of source.matchAll(/(?:^|[\n;])\s*import\s+["']([^"']+)["']/g)) specifiers.push(match[1]);
  for (const match of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) specifiers.push(match[1]);
  return specifiers;
}

// Namespaces one client module asks for, and calls the analysis cannot read (a namespace held in
// a variable, useMessages()), which the test reports instead of guessing.
export function namespacesUsed(source: string, file = ""): { namespaces: string[]; unreadable: string[]; provider: boolean } {
  const namespaces: string[] = [];
  // These read the provider's locale, time zone or formats: no namespace, but a provider.
  const provider = /\buse(Formatter|Locale|Now|TimeZone|Translations|Messages)\(/.test(source);
  const unreadable: string[] = [];
  for (const match of source.matchAll(/\buseTranslations\(([^)]*)\)/g)) {
    const literal = /^\s*["']([^"']+)["']\s*$/.exec(match[1]);
    if (literal) namespaces.push(literal[1]);
    else if (!forwarderFiles.some((forwarder) => file.endsWith(forwarder))) unreadable.push(match[0]);
  }
  for (const [hook, needs] of Object.entries(forwarders)) {
    for (const match of source.matchAll(new RegExp(`\\b${hook}\\(([^)]*)\\)`, "g"))) {
      // The namespace comes first; what follows it (the limits a form passes in) is not read.
      const literal = /^\s*["']([^"']+)["']\s*(,[\s\S]*)?$/.exec(match[1]);
      if (literal) namespaces.push(...needs(literal[1]));
      else if (hook === "useFailureText" && !match[1].trim()) namespaces.push(...needs(""));
      else if (!/\bfunction\s*$/.test(source.slice(0, match.index))) unreadable.push(match[0]);
    }
  }
  for (const match of source.matchAll(/\buseMessages\(\)/g)) unreadable.push(match[0]);
  return { namespaces, unreadable, provider };
}

export type Needs = { namespaces: Set<string>; unreadable: string[]; clientModules: Set<string>; provider: boolean };

export function clientNeeds(entry: string): Needs {
  const needs: Needs = { namespaces: new Set(), unreadable: [], clientModules: new Set(), provider: false };
  const seen = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const source = read(file);
    const client = inClient || isClientModule(source);
    const key = `${file}|${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (client) {
      needs.clientModules.add(path.relative(root, file));
      const used = namespacesUsed(source, file);
      used.namespaces.forEach((namespace) => needs.namespaces.add(namespace));
      needs.provider ||= used.provider;
      needs.unreadable.push(...used.unreadable.map((call) => `${path.relative(root, file)}: ${call}`));
    }
    for (const specifier of runtimeImports(source)) {
      const target = resolveImport(file, specifier);
      if (target) visit(target, client);
    }
  };
  visit(entry, false);
  return needs;
}

// A namespace is provided when it, or a namespace containing it, is in the provider's set.
export const isProvided = (namespace: string, provided: readonly string[]) =>
  provided.some((given) => namespace === given || namespace.startsWith(`${given}.`));

// {{name}}: a placeholder the moderator fills in (e.g. {{reason}}). {{fakta:key}}: a fact block
// (lib/facts/), filled in with the fact's current value. One expression finds both, so a single
// pass fills the text and no inserted value is ever scanned again.
const REFERENCE = /\{\{\s*(?:fakta:([a-z0-9]+(?:-[a-z0-9]+)*)|([a-zA-Z][a-zA-Z0-9_]*))\s*\}\}/g;
const FACT_PREFIX = "fakta:";

export type TemplateValues = Record<string, string | undefined>;
// Fact key → current value (lib/facts/get-fact-values.ts).
export type FactValues = Record<string, string>;

export const factReference = (key: string) => `{{${FACT_PREFIX}${key}}}`;

// How the error messages show "a placeholder" in general, where they say one is left unfilled.
export const placeholderSample = "{{…}}";

// Replaces {{name}} with plain text and {{fakta:key}} with the fact's value. A reference without
// a value stays as it is, so the moderator sees that something is missing before the text goes
// out (and the schemas refuse it). Values are inserted once and never re-scanned, so a value
// that itself contains "{{…}}" is left alone.
export function renderTemplate(body: string, values: TemplateValues = {}, facts: FactValues = {}): string {
  return body.replace(REFERENCE, (match, factKey: string | undefined, name: string | undefined) => {
    const value = factKey !== undefined ? valueOf(facts, factKey) : valueOf(values, name!);
    return value === undefined || value.trim() === "" ? match : value.trim();
  });
}

function valueOf(values: Record<string, string | undefined>, key: string): string | undefined {
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

export function templatePlaceholders(body: string): string[] {
  return unique(body, (match) => match[2]);
}

// The fact keys a text refers to, each once.
export function templateFactKeys(body: string): string[] {
  return unique(body, (match) => match[1]);
}

function unique(body: string, pick: (match: RegExpExecArray) => string | undefined): string[] {
  const found = Array.from(body.matchAll(REFERENCE), pick).filter((value): value is string => value !== undefined);
  return [...new Set(found)];
}

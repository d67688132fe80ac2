const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9_]*)\s*\}\}/g;

export type TemplateValues = Record<string, string | undefined>;

// Replaces {{name}} with plain text. A placeholder without a value stays as it is, so the
// moderator sees that something is missing before the text goes out. Values are inserted
// once and never re-scanned, so a value that itself contains "{{…}}" is left alone.
export function renderTemplate(body: string, values: TemplateValues = {}): string {
  return body.replace(PLACEHOLDER, (match, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    return value === undefined || value.trim() === "" ? match : value.trim();
  });
}

export function templatePlaceholders(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(PLACEHOLDER), (match) => match[1]))];
}

export type AuditScalar = string | number | boolean | null;
export type AuditValue = AuditScalar | AuditScalar[];
// `undefined` means the field was not recorded on that side (e.g. "before" of a creation).
export type AuditChange = { field: string; before?: AuditValue; after?: AuditValue };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function toAuditValue(value: unknown): AuditValue {
  if (Array.isArray(value)) return value.map((item) => (isPlainObject(item) || Array.isArray(item) ? JSON.stringify(item) : (item as AuditScalar)));
  if (isPlainObject(value)) return JSON.stringify(value);
  return value as AuditScalar;
}

// Nested objects (a publication's reply) become dotted fields: { reply: { body } } → "reply.body".
function flatten(value: unknown, prefix = "", into: Map<string, AuditValue> = new Map()) {
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (value !== undefined && (prefix || value !== null)) {
    into.set(prefix || "value", toAuditValue(value));
  }
  return into;
}

// The fields an audit row's before/after differ in, in the order the action wrote them.
export function diffAuditValues(before: unknown, after: unknown): AuditChange[] {
  const old = flatten(before);
  const now = flatten(after);
  const fields = [...new Set([...now.keys(), ...old.keys()])];
  return fields
    .filter((field) => JSON.stringify(old.get(field)) !== JSON.stringify(now.get(field)))
    .map((field) => ({ field, before: old.get(field), after: now.get(field) }));
}

export type TextChangePart = { lead: string; changed: string; trail: string };

// Two texts (an edited 10,000-character story) shown whole would bury the edit. Split each into
// the part that changed and up to `context` characters either side, with an ellipsis where text
// was left out, so the page can mark the change itself.
export function abbreviateChange(
  before: string,
  after: string,
  context = 60,
): { before: TextChangePart; after: TextChangePart } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  const split = (text: string): TextChangePart => {
    const start = Math.max(0, prefix - context);
    const changedEnd = text.length - suffix;
    const end = Math.min(text.length, changedEnd + context);
    return {
      lead: `${start > 0 ? "…" : ""}${text.slice(start, prefix)}`,
      changed: text.slice(prefix, changedEnd),
      trail: `${text.slice(changedEnd, end)}${end < text.length ? "…" : ""}`,
    };
  };
  return { before: split(before), after: split(after) };
}

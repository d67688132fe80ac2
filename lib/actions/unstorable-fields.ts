import { isStorableText } from "@/lib/stories/storable-text";

// The public forms refuse a NUL or a lone surrogate in their schemas (lib/stories/storable-text.ts),
// since PostgreSQL cannot store the one and the other is half a character. Every moderator
// action applies the same rule to its whole input here (lib/actions/moderator-action.ts), before
// its schema: every text field of every moderator form (notes, handover, tags, facts,
// templates, house style, reasons, replies, amendments, account names …), including fields
// added later, gets the field error instead of failing in the database as UNEXPECTED.
// Errors are keyed by the top-level field, where the forms show them.
export function unstorableFields(input: unknown): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (typeof input === "string") {
    if (!isStorableText(input)) errors._form = ["unstorableCharacter"];
    return errors;
  }
  if (!input || typeof input !== "object") return errors;
  for (const [field, value] of Object.entries(input)) {
    if (holdsUnstorableText(value)) errors[field] = ["unstorableCharacter"];
  }
  return errors;
}

function holdsUnstorableText(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return !isStorableText(value);
  // Moderator inputs are flat objects with at most lists of ids; deeper is not a form's.
  if (!value || typeof value !== "object" || depth > 4) return false;
  return Object.values(value).some((item) => holdsUnstorableText(item, depth + 1));
}

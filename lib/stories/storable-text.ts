// PostgreSQL refuses a NUL character in text, and a lone UTF-16 surrogate is half a character
// that no browser keyboard produces. Both are caught in the shared schemas, so the form says so
// next to the field and the server refuses them before any proof of work or rate-limit slot is
// spent, instead of failing in the database with "try again later".
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !unstorable.test(value);
}

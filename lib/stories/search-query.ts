import { z } from "zod";

export const SEARCH_MAX_LENGTH = 200;

// Control characters (NUL would make PostgreSQL refuse the text) and lone surrogate halves
// become spaces: they carry no words, and the database never sees them.
const unsearchable = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Web-search syntax reads English "or"; readers write Swedish "eller" or Finnish "tai". Quoted
// phrases keep them.
function toWebsearchSyntax(text: string): string {
  return text
    .split('"')
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/(^|\s)(?:eller|tai)(?=\s|$)/giu, "$1or")))
    .join('"');
}

// What is left once exclusions (-ord, -"en fras") and operators are taken away must hold a
// letter or a digit; otherwise there is nothing to look for, and a pure exclusion would make
// the database read every story.
function hasWordToFind(text: string): boolean {
  const positive = text
    .replace(/(^|\s)-"[^"]*"?/gu, " ")
    .replace(/(^|\s)-\S*/gu, " ")
    .replace(/(^|\s)(or|eller|tai)(?=\s|$)/giu, " ");
  return /[\p{L}\p{N}]/u.test(positive);
}

// The reader's search text, from ?q= on /sok and the API. Error messages are keys under
// Search.errors (pages) and Api.queryErrors (API).
export const searchTextSchema = z
  .string()
  .transform((value) => value.replace(unsearchable, " ").trim())
  .pipe(
    z
      .string()
      .min(1, "searchEmpty")
      .max(SEARCH_MAX_LENGTH, "searchTooLong")
      .refine(hasWordToFind, "searchNoWords")
      // Lower case here, as the migration folds the stored text, whatever the server's locale.
      .transform((text) => toWebsearchSyntax(text.toLocaleLowerCase("sv"))),
  );

export type SearchErrorKey = "searchEmpty" | "searchTooLong" | "searchNoWords";
export const searchErrorKeys: readonly SearchErrorKey[] = ["searchEmpty", "searchTooLong", "searchNoWords"];

export function parseSearchText(
  value: string | undefined,
): { ok: true; text: string } | { ok: false; error: SearchErrorKey } {
  const parsed = searchTextSchema.safeParse(value ?? "");
  if (parsed.success) return { ok: true, text: parsed.data };
  const message = parsed.error.issues[0]?.message;
  return { ok: false, error: searchErrorKeys.find((key) => key === message) ?? "searchNoWords" };
}

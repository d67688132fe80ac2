import { stripInvisibleCharacters } from "./strip-invisible-characters";

// Browsers and pasted text mix \r\n, \r and \n. Normalising first means a line break counts as
// one character everywhere, and the count the author sees is the count the server checks.
// Invisible characters are not counted and not kept (lib/privacy/strip-invisible-characters.ts).
export function normaliseText(value: string): string {
  return stripInvisibleCharacters(value.replace(/\r\n?/g, "\n")).trim();
}

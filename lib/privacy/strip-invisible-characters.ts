// Characters that draw nothing (Unicode's Default_Ignorable_Code_Point: zero-width space,
// zero-width (non-)joiner, word joiner, BOM, soft hyphen, direction marks and overrides,
// variation selectors, tag characters, Hangul fillers). In stored text they do harm and no good:
// they can hide a personnummer from a moderator's eyes and search ("19121212\u200B-1212"), and a
// run of them is how documents carry invisible watermarks that could trace a pasted text back
// to its author.
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/u;

// The few places where one of them is part of a visible character, and is kept:
// - a zero-width joiner inside an emoji sequence ("👩‍👧": woman, ZWJ, girl);
// - one variation selector 15/16 right after an emoji or a keycap base ("❤️", "1️⃣");
// - tag characters that spell a subdivision flag after a black flag ("🏴" + tags + cancel tag);
// - a zero-width non-joiner between two letters of a script that needs it (Persian "می‌خواهم"),
//   never in Latin text, where it only splits words invisibly.
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
const KEYCAP_BASE = /[0-9#*]/;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const ZWNJ = "\u200C";
const ZWJ = "\u200D";
const BLACK_FLAG = "\u{1F3F4}";
const isTag = (c: string) => c >= "\u{E0020}" && c <= "\u{E007F}";
const isPresentationSelector = (c: string) => c === "\uFE0E" || c === "\uFE0F";

function keeps(chars: string[], i: number, kept: string[]): boolean {
  const c = chars[i];
  const previous = kept[kept.length - 1] ?? "";
  const next = chars[i + 1] ?? "";
  if (c === ZWJ) return (PICTOGRAPH.test(previous) || isPresentationSelector(previous)) && PICTOGRAPH.test(next);
  if (isPresentationSelector(c)) return PICTOGRAPH.test(previous) || (KEYCAP_BASE.test(previous) && (next === "\u20E3"));
  if (isTag(c)) return previous === BLACK_FLAG || isTag(previous);
  if (c === ZWNJ) return LETTER.test(previous) && LETTER.test(next) && !LATIN.test(previous) && !LATIN.test(next);
  return false;
}

export function stripInvisibleCharacters(text: string): string {
  if (!INVISIBLE.test(text)) return text;
  const chars = Array.from(text);
  const kept: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!INVISIBLE.test(chars[i]) || keeps(chars, i, kept)) kept.push(chars[i]);
  }
  return kept.join("");
}

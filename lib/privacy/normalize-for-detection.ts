// The text as the detector reads it, and the way back to the author's own offsets.
//
// Written forms that look the same to a reader must look the same to the detector, or a
// personnummer slips through with a zero-width space, a soft hyphen, a non-breaking hyphen,
// full-width digits or a full-width "@". So, before detecting:
//   - each character with its combining marks is put in NFKC form ("１９" → "19", "＠" → "@",
//     no-break and thin spaces → " ", "a" + combining ring → "å");
//   - characters that draw nothing (Default_Ignorable_Code_Point) are dropped, and so are
//     combining marks NFKC could not join to their letter ("1̴9̴", keycaps "1⃣");
//   - digits of other scripts ("١٩") become ASCII digits, other spaces a space, line and
//     paragraph separators a line break;
//   - hyphen-like characters (‐ ‑ ‒ −) become "-", and so do en and em dashes next to a digit,
//     where they join parts of a number; elsewhere they are kept, since the name detector reads a
//     dialogue dash as the start of a sentence.
// NFKC can change the length ("½" → "1⁄2", "ﬀ" → "ff"), so every character of the result keeps
// the span of the author's characters it came from, and findings map back through it.

const IGNORABLE_OR_MARK = /[\p{Default_Ignorable_Code_Point}\p{M}]/gu;
const MARK = /\p{M}/u;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_SPACE = /(?! )\p{Zs}/u;
const LINE_SEPARATOR = /[\p{Zl}\p{Zp}]/u;
const HYPHEN = /[\u2010\u2011\u2012\u2043\u2212\uFE63\uFF0D]/u;
const DASH = /[\u2013\u2014\u2015\uFE58]/u;
const DIGIT = /[0-9]/;
// Anything that would make the result differ from the input; plain Swedish text has none of
// them, so it skips the per-character work.
const NEEDS_WORK =
  /[\p{Default_Ignorable_Code_Point}\p{M}\p{Zl}\p{Zp}\u2010-\u2015\u2043\u2212\uFE58\uFE63\uFF0D]|(?! )\p{Zs}|(?![0-9])\p{Nd}/u;

export type NormalizedText = {
  text: string;
  /** The author's span for a span of `text` (end exclusive), or the same span when nothing changed. */
  toOriginal: (start: number, end: number) => { start: number; end: number };
};

// Digits of every script come in runs of ten, 0 to 9, so a digit's value is its distance from
// the start of its run, modulo ten for runs that follow each other (mathematical digits).
function asciiDigit(char: string): string {
  let codePoint = char.codePointAt(0)!;
  let steps = 0;
  while (NON_ASCII_DIGIT.test(String.fromCodePoint(codePoint - 1))) {
    codePoint--;
    steps++;
  }
  return String(steps % 10);
}

function mapCharacter(char: string): string {
  if (NON_ASCII_DIGIT.test(char)) return asciiDigit(char);
  if (OTHER_SPACE.test(char)) return " ";
  if (LINE_SEPARATOR.test(char)) return "\n";
  if (HYPHEN.test(char)) return "-";
  return char;
}

export function normalizeForDetection(original: string): NormalizedText {
  if (!NEEDS_WORK.test(original) && original.normalize("NFKC") === original) {
    return { text: original, toOriginal: (start, end) => ({ start, end }) };
  }
  const pieces: string[] = [];
  const startOf: number[] = [];
  const endOf: number[] = [];
  const chars = Array.from(original);
  let offset = 0;
  for (let i = 0; i < chars.length; ) {
    const unitStart = offset;
    let unit = chars[i++];
    while (i < chars.length && MARK.test(chars[i])) unit += chars[i++];
    offset += unit.length;
    const normalized = unit.normalize("NFKC").replace(IGNORABLE_OR_MARK, "");
    for (const char of normalized) {
      const mapped = mapCharacter(char);
      pieces.push(mapped);
      for (let k = 0; k < mapped.length; k++) {
        startOf.push(unitStart);
        endOf.push(offset);
      }
    }
  }
  const text = joinDashesToDigits(pieces.join(""));
  return {
    text,
    toOriginal: (start, end) => ({ start: startOf[start] ?? original.length, end: end > start ? endOf[end - 1] : startOf[start] ?? original.length }),
  };
}

// Same length in, same length out, so the offsets above stay valid.
function joinDashesToDigits(text: string): string {
  if (!DASH.test(text)) return text;
  let result = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (DASH.test(char) && (DIGIT.test(nextNonSpace(text, i, -1)) || DIGIT.test(nextNonSpace(text, i, 1)))) result += "-";
    else result += char;
  }
  return result;
}

function nextNonSpace(text: string, from: number, step: 1 | -1): string {
  let i = from + step;
  while (text[i] === " ") i += step;
  return text[i] ?? "";
}

// Sentences are the unit a cue applies to: "för tio år sedan" speaks only of its own sentence.
// Abbreviations may split a sentence too early; that only makes a cue reach less far.
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((sentence) => sentence.replace(/\s+/gu, " ").trim())
    .filter((sentence) => sentence.length > 0);
}

// The part of a sentence before `index` that belongs to the same clause, so that a negation
// in an earlier clause ("jag kan inte sova och vill dö") does not cancel a later one.
export function clauseBefore(sentence: string, index: number): string {
  const before = sentence.slice(0, index);
  const cut = Math.max(
    before.lastIndexOf(","),
    before.lastIndexOf(";"),
    before.lastIndexOf(":"),
    ...[...before.matchAll(/(?<!\p{L})(?:och|men|eller|fast|så)(?!\p{L})/giu)].map((m) => m.index + m[0].length),
  );
  return before.slice(cut + 1);
}

// A short plain-text teaser for story lists: whitespace folded, cut at a word boundary.
export function makeExcerpt(text: string, maxLength = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  // A single very long word is cut mid-word rather than dropped.
  const base = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s.,;:!?–-]+$/, "")}…`;
}

// Picks the first free slug: "bemotande", then "bemotande-2", "bemotande-3" … Pure, so the rule
// is tested without a database; the caller passes the slugs that already start with `base`.
export function firstFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

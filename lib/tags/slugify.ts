const SLUG_MAX_LENGTH = 60;

// Slugs appear in public addresses (?tagg=…), so they are plain lowercase ASCII: å and ä become
// a, ö becomes o, other accents are dropped, and anything else becomes a single hyphen.
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/g, "");
}

// For names that must produce a usable address.
export function hasSlug(text: string): boolean {
  return slugify(text).length > 0;
}

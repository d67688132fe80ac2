import { type Locale, localeTags } from "@/lib/locales";

// A theme's name and description in each language. Swedish is the one every theme has; the
// Finnish and English ones are "" until a moderator writes them (/mod/taggar/<id>).
export type TagNames = { name: string; nameFi: string; nameEn: string };
export type TagDescriptions = { description: string; descriptionFi: string; descriptionEn: string };

// The columns to read for a localized name (and description), for selects that feed readers.
export const tagNameSelect = { name: true, nameFi: true, nameEn: true } as const;
export const tagTextSelect = { ...tagNameSelect, description: true, descriptionFi: true, descriptionEn: true } as const;

function inLanguage(swedish: string, finnish: string, english: string, locale: Locale): string {
  const translated = locale === "fi" ? finnish : locale === "en" ? english : "";
  // A theme not yet translated keeps its Swedish name rather than showing nothing.
  return translated.trim() ? translated : swedish;
}

// The one rule for which name readers see: the page's language, else Swedish.
export function localizedTagName(tag: TagNames, locale: Locale): string {
  return inLanguage(tag.name, tag.nameFi, tag.nameEn, locale);
}

export function localizedTagDescription(tag: TagDescriptions, locale: Locale): string {
  return inLanguage(tag.description, tag.descriptionFi, tag.descriptionEn, locale);
}

// One collator per language: sorting follows the page's language (in Finnish "Ä" comes after
// "Z", as in Swedish; in English it sorts with "A"). Sorted here rather than by the database,
// whose collation differs between PGlite and servers.
const collators = new Map<Locale, Intl.Collator>();

function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(localeTags[locale]);
    collators.set(locale, collator);
  }
  return collator;
}

export function byNameIn(locale: Locale): (a: { name: string }, b: { name: string }) => number {
  const collator = collatorFor(locale);
  return (a, b) => collator.compare(a.name, b.name);
}

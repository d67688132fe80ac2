// The languages of the public pages. Swedish is the default: its pages keep their addresses
// without a prefix, and the moderator and responder areas speak only Swedish. Finnish (a
// national minority language in Sweden) and English live under /fi and /en; the path is the
// only place the choice is kept, never a cookie.
export const locales = ["sv", "fi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "sv";
// The languages with a prefix, in the order the language switch lists them.
export const prefixedLocales = ["fi", "en"] as const satisfies readonly Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

// Each language's name in its own language, for the switch and hreflang links.
export const localeNames: Record<Locale, string> = { sv: "Svenska", fi: "Suomi", en: "English" };

// The BCP 47 tags next-intl is given, so that Intl writes dates, numbers and lists as they are
// written here and in Finland and Britain ("2 December 2026", not the American "December 2");
// `lang` and `hreflang` carry the short codes.
export const localeTags: Record<Locale, string> = { sv: "sv-SE", fi: "fi-FI", en: "en-GB" };

// The language of a tag next-intl hands back ("en-GB" → "en"); Swedish for anything else.
export function localeOfTag(tag: string): Locale {
  const language = tag.split("-")[0];
  return isLocale(language) ? language : defaultLocale;
}

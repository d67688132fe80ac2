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

// BCP 47 tags for Intl (dates, numbers, sorting) and for `lang` and `hreflang`.
export const localeTags: Record<Locale, string> = { sv: "sv-SE", fi: "fi-FI", en: "en-GB" };

"use client";

import { useLocale } from "next-intl";
import { type Locale, localeOfTag } from "@/lib/locales";

// The page's language in a client component inside <ClientMessages>. next-intl holds the
// language's full tag ("fi-FI", for dates and numbers); this is the language itself.
export function usePageLocale(): Locale {
  return localeOfTag(useLocale());
}

"use client";

import { useLocale } from "next-intl";
import { localeOfTag } from "@/lib/locales";
import { localizeHref } from "@/lib/routes";

// For client components inside <ClientMessages>: an address from lib/routes.ts on the page's
// language, as components/i18n/link.tsx gives server components.
export function useLocalHref(): (href: string) => string {
  const locale = localeOfTag(useLocale());
  return (href) => localizeHref(locale, href);
}

"use client";

import { localizeHref } from "@/lib/routes";
import { usePageLocale } from "./use-page-locale";

// For client components inside <ClientMessages>: an address from lib/routes.ts on the page's
// language, as components/i18n/link.tsx gives server components.
export function useLocalHref(): (href: string) => string {
  const locale = usePageLocale();
  return (href) => localizeHref(locale, href);
}

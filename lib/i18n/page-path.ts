import { headers } from "next/headers";
import { PAGE_PATH_HEADER } from "./request-headers";
import { locales, type Locale } from "@/lib/locales";
import { localizeHref, matchesAny, routePatterns } from "@/lib/routes";

// The page being rendered, without its language prefix but with its query, as proxy.ts read
// it; null outside a page request.
export async function currentPagePath(): Promise<string | null> {
  return (await headers()).get(PAGE_PATH_HEADER);
}

// The same page in every language, or none when the page exists in Swedish only (the
// moderator area).
export async function pageInEveryLanguage(): Promise<{ locale: Locale; href: string }[]> {
  const path = await currentPagePath();
  if (!path) return [];
  const pathname = path.split(/[?#]/)[0] ?? path;
  if (!matchesAny(routePatterns.localizable, pathname)) return [];
  return locales.map((locale) => ({ locale, href: localizeHref(locale, path) }));
}

import { locales } from "@/lib/locales";
import { localizeHref, matchesAny, routePatterns } from "@/lib/routes";

// The same page in every language as an HTTP `Link` header (rel="alternate" with hreflang, as
// search engines read it), or null for a page that exists in Swedish only. In a header rather
// than in the page's head: three absolute addresses in the head, and again in the data Next
// sends beside the HTML, cost a list page half a kilobyte of its 30 KB.
export function alternateLinkHeader(origin: string, path: string, search: string): string | null {
  if (!matchesAny(routePatterns.localizable, path)) return null;
  return locales.map((locale) => `<${new URL(localizeHref(locale, `${path}${search}`), origin)}>; rel="alternate"; hreflang="${locale}"`).join(", ");
}

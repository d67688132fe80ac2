// Request headers proxy.ts sets on every page request, after dropping any a client sent.
// next-intl reads its locale header in getRequestConfig (i18n/request.ts).
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";
// The page's address without its language prefix, with its query: the language switch and the
// hreflang alternates link the same page in the other languages.
export const PAGE_PATH_HEADER = "x-sakligt-page-path";

// The request header proxy.ts sets on every page request, after dropping any a client sent:
// next-intl reads its locale header in getRequestConfig (i18n/request.ts).
export const LOCALE_HEADER = "X-NEXT-INTL-LOCALE";

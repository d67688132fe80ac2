import { getLocale } from "next-intl/server";
import { type Locale, localeOfTag } from "@/lib/locales";
import { localizeHref } from "@/lib/routes";

// The language of the page being rendered or of the form being sent, as proxy.ts read it from
// the path (next-intl's request header).
export async function currentLocale(): Promise<Locale> {
  return localeOfTag(await getLocale());
}

// An address from lib/routes.ts on the current page's language: for links built outside
// <Link>, form targets and redirects.
export async function localHref(href: string): Promise<string> {
  return localizeHref(await currentLocale(), href);
}

import NextLink from "next/link";
import type { ComponentProps } from "react";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { Locale } from "@/lib/locales";
import { localizeHref } from "@/lib/routes";

type Props = Omit<ComponentProps<typeof NextLink>, "href"> & {
  href: string;
  // Another language's version of the page (the language switch); the current one otherwise.
  locale?: Locale;
};

// next/link for server components, with the page's language prefix put on a public address:
// a Finnish reader stays on Finnish pages without any page passing the language along.
export default async function Link({ href, locale, ...props }: Props) {
  return <NextLink href={localizeHref(locale ?? (await currentLocale()), href)} {...props} />;
}

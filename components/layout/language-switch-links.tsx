"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { type Locale, localeNames, locales } from "@/lib/locales";
import { localizeHref, matchesAny, routePatterns, splitLocale } from "@/lib/routes";
import styles from "./language-switch.module.css";

// The header lives in the root layout, which a link inside the site does not render again: the
// switch reads the address the browser shows, so after any navigation it still names the page
// the reader is on. Plain links: the address is the only memory of the choice, and the other
// language's page comes whole from the page cache.
export function LanguageSwitchLinks({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const page = splitLocale(pathname);
  if (!page || !matchesAny(routePatterns.localizable, page.path)) return null;
  const path = query ? `${page.path}?${query}` : page.path;
  return (
    <nav className={styles.switch} aria-label={label}>
      <ul>
        {locales.map((other) => (
          <li key={other}>
            {other === locale ? (
              <span aria-current="page" lang={other}>
                {localeNames[other]}
              </span>
            ) : (
              <a href={localizeHref(other, path)} lang={other} hrefLang={other}>
                {localeNames[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

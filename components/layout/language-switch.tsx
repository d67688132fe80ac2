import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localeNames } from "@/lib/locales";
import { pageInEveryLanguage } from "@/lib/i18n/page-path";
import styles from "./language-switch.module.css";

// The same page in the other languages, each named in its own language and marked with it, so
// a screen reader says "Suomi" in Finnish. Plain links: the address is the only memory of the
// choice, and the next page comes from the page cache like any other.
export async function LanguageSwitch() {
  const [versions, locale, t] = await Promise.all([pageInEveryLanguage(), currentLocale(), getTranslations("Common.language")]);
  if (versions.length === 0) return null;
  return (
    <nav className={styles.switch} aria-label={t("label")}>
      <ul>
        {versions.map((version) => (
          <li key={version.locale}>
            {version.locale === locale ? (
              <span aria-current="page" lang={version.locale}>
                {localeNames[version.locale]}
              </span>
            ) : (
              <a href={version.href} lang={version.locale} hrefLang={version.locale}>
                {localeNames[version.locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

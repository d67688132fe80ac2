import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { LanguageSwitchLinks } from "./language-switch-links";

// The same page in the other languages, each named in its own language and marked with it, so
// a screen reader says "Suomi" in Finnish.
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([currentLocale(), getTranslations("Common.language")]);
  return <LanguageSwitchLinks locale={locale} label={t("label")} />;
}

import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import { LanguageSwitch } from "./language-switch";
import { SiteSearch } from "./site-search";

export async function SiteHeader() {
  const t = await getTranslations("Common");
  return (
    <header className="site-header">
      <div className="inner">
        <Link href={routes.home()} className="site-name">
          {t("siteName")}
        </Link>
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            <li>
              <Link href={routes.stories()}>{t("nav.stories")}</Link>
            </li>
            <li>
              <Link href={routes.write()}>{t("nav.write")}</Link>
            </li>
          </ul>
        </nav>
        <SiteSearch />
        <LanguageSwitch />
      </div>
    </header>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SiteSearch } from "./site-search";

export async function SiteHeader() {
  const t = await getTranslations("Common");
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="site-name">
          {t("siteName")}
        </Link>
        <nav className="site-nav" aria-label={t("nav.label")}>
          <ul>
            <li>
              <Link href="/berattelser">{t("nav.stories")}</Link>
            </li>
            <li>
              <Link href="/beratta">{t("nav.write")}</Link>
            </li>
          </ul>
        </nav>
        <SiteSearch />
      </div>
    </header>
  );
}

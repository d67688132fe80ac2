import { getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/current-locale";
import { routes } from "@/lib/routes";
import styles from "./site-search.module.css";

// The header's search box: a plain GET form to /sok, so it works without JavaScript.
export async function SiteSearch() {
  const t = await getTranslations("Common.search");
  return (
    <form method="get" action={await localHref(routes.search())} role="search" aria-label={t("label")} className={styles.form}>
      <label htmlFor="site-search-q" className="visually-hidden">
        {t("label")}
      </label>
      <input id="site-search-q" name="q" type="search" maxLength={200} autoComplete="off" enterKeyHint="search" />
      <button type="submit" className="secondary">
        {t("submit")}
      </button>
    </form>
  );
}

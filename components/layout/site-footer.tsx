import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Common");
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>{t("footer.about")}</p>
        <p>{t("footer.emergency")}</p>
      </div>
    </footer>
  );
}

import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

export async function SiteFooter() {
  const t = await getTranslations("Common");
  const tPrivacy = await getTranslations("PrivacyPage");
  const tAccessibility = await getTranslations("Accessibility");
  return (
    <footer className="site-footer">
      <div className="inner">
        <p>{t("footer.about")}</p>
        <p>{t("footer.emergency")}</p>
        <p>
          <Link href={routes.privacy()}>{tPrivacy("footerLink")}</Link>
        </p>
        <p>
          <Link href={routes.accessibility()}>{tAccessibility("footerLink")}</Link>
        </p>
      </div>
    </footer>
  );
}

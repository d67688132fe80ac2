import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

export default async function NotFound() {
  const t = await getTranslations("Common.notFound");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href={routes.home()}>{t("back")}</Link>
      </p>
    </>
  );
}

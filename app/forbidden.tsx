import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

export default async function Forbidden() {
  const t = await getTranslations("Common.forbidden");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href={routes.mod.queue()}>{t("back")}</Link>
      </p>
    </>
  );
}

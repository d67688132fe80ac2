import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

// What `unauthorized()` shows. Without this file Next puts its own English 401 page, styles and
// all, into the data of every page of the site (about 1 KB each), in case one is needed.
export default async function Unauthorized() {
  const t = await getTranslations("Common.unauthorized");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href={routes.mod.login()}>{t("login")}</Link>
      </p>
    </>
  );
}

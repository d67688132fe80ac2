import { getTranslations } from "next-intl/server";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getTranslations("Common");
  return <h1>{t("tagline")}</h1>;
}

import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";

// Where a submission caught by the honeypot ends up (app/beratta/actions.ts). It must look
// like an ordinary ending, and it stores and shows nothing.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Abuse.thanks");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ThanksPage() {
  const t = await getTranslations("Abuse.thanks");
  return (
    <div>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href={routes.home()}>{t("home")}</Link>
      </p>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { TemplateFacts } from "@/components/facts/template-facts";
import { TemplateForm } from "@/components/mod/templates/template-form";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Templates");
  return { title: t("newHeading") };
}

export default async function NewTemplatePage() {
  await requireModerator();
  const t = await getTranslations("Templates");
  return (
    <>
      <p>
        <Link href={routes.mod.templates()}>{t("backToList")}</Link>
      </p>
      <h1>{t("newHeading")}</h1>
      <TemplateFacts />
      <TemplateForm />
    </>
  );
}

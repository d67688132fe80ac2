import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { TemplateFacts } from "@/components/facts/template-facts";
import { TemplateForm } from "@/components/mod/templates/template-form";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getTemplate } from "@/lib/templates/get-template";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Templates");
  return { title: t("editHeading") };
}

export default async function EditTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  await requireModerator();
  const { id } = await params;
  const template = await getTemplate({ templateId: id });
  if (!template) notFound();
  const t = await getTranslations("Templates");
  return (
    <>
      <p>
        <Link href={routes.mod.templates()}>{t("backToList")}</Link>
      </p>
      <h1>{t("editHeading")}</h1>
      <p className="hint">{t("form.slug", { slug: template.slug })}</p>
      <TemplateFacts body={template.body} />
      <TemplateForm
        templateId={template.id}
        initial={{ title: template.title, body: template.body, sortOrder: template.sortOrder, active: template.active, language: template.language }}
      />
    </>
  );
}

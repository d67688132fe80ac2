import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TemplateNotice } from "@/components/mod/templates/template-notice";
import { TemplateTable } from "@/components/mod/templates/template-table";
import { requireModerator } from "@/lib/auth/session";
import { listTemplates } from "@/lib/templates/list-templates";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Templates");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  await requireModerator();
  const [{ klart }, templates, t] = await Promise.all([searchParams, listTemplates(), getTranslations("Templates")]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <TemplateNotice klart={klart} />
      <p>{t("intro")}</p>
      <p>
        <Link className="button" href="/mod/mallar/ny">
          {t("new")}
        </Link>
      </p>
      <TemplateTable templates={templates} />
    </>
  );
}

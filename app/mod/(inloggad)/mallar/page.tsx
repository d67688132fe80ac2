import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { HouseStyle } from "@/components/mod/templates/house-style";
import { DoneNotice } from "@/components/forms/done-notice";
import { TemplateTable } from "@/components/mod/templates/template-table";
import { requireModerator } from "@/lib/auth/session";
import { routes } from "@/lib/routes";
import { getSiteSettings } from "@/lib/settings/get-site-settings";
import { listTemplates } from "@/lib/templates/list-templates";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Templates");
  return { title: t("metaTitle") };
}

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ klart?: string | string[] }> }) {
  const moderator = await requireModerator();
  const [{ klart }, templates, settings, t, tStyle] = await Promise.all([
    searchParams,
    listTemplates(),
    getSiteSettings(),
    getTranslations("Templates"),
    getTranslations("HouseStyle"),
  ]);
  return (
    <>
      <h1>{t("heading")}</h1>
      <DoneNotice page="templates" klart={klart} />
      <HouseStyle replyOpening={settings.replyOpening} replyClosing={settings.replyClosing} canEdit={moderator.role === "ADMIN"} />
      <h2>{tStyle("templatesHeading")}</h2>
      <p>{t("intro")}</p>
      <p>
        <Link className="button" href={routes.mod.newTemplate()}>
          {t("new")}
        </Link>
      </p>
      <TemplateTable templates={templates} />
    </>
  );
}

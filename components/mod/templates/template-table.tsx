import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import type { TemplateListItem } from "@/lib/templates/list-templates";

export async function TemplateTable({ templates }: { templates: TemplateListItem[] }) {
  const t = await getTranslations("Templates");
  const tLanguages = await getTranslations("ModerationLanguages");
  if (templates.length === 0) return <p>{t("empty")}</p>;
  return (
    <table className="stacked" role="table">
      <caption className="visually-hidden">{t("table.caption")}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t("table.title")}</th>
          <th scope="col" role="columnheader">{tLanguages("templateList.language")}</th>
          <th scope="col" role="columnheader">{t("table.sortOrder")}</th>
          <th scope="col" role="columnheader">{t("table.status")}</th>
          <th scope="col" role="columnheader">{t("table.actions")}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {templates.map((template) => (
          <tr key={template.id} role="row">
            <th scope="row" role="rowheader">{template.title}</th>
            <td role="cell" data-label={tLanguages("templateList.language")}>{tLanguages(`languages.${template.language}`)}</td>
            <td role="cell" data-label={t("table.sortOrder")}>{template.sortOrder}</td>
            <td role="cell" data-label={t("table.status")}>{template.active ? t("table.active") : t("table.inactive")}</td>
            <td role="cell">
              <Link href={routes.mod.template(template.id)} aria-label={t("table.editLabel", { title: template.title })}>
                {t("table.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

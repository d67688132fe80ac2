import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { TemplateListItem } from "@/lib/templates/list-templates";

export async function TemplateTable({ templates }: { templates: TemplateListItem[] }) {
  const t = await getTranslations("Templates");
  if (templates.length === 0) return <p>{t("empty")}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t("table.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("table.title")}</th>
          <th scope="col">{t("table.sortOrder")}</th>
          <th scope="col">{t("table.status")}</th>
          <th scope="col">{t("table.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id}>
            <th scope="row">{template.title}</th>
            <td>{template.sortOrder}</td>
            <td>{template.active ? t("table.active") : t("table.inactive")}</td>
            <td>
              <Link href={`/mod/mallar/${template.id}`} aria-label={t("table.editLabel", { title: template.title })}>
                {t("table.edit")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

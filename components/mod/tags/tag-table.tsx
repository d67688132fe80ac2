import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import type { ModerationTag } from "@/lib/tags/list-tags-for-moderation";
import styles from "./tag-table.module.css";

export async function TagTable({ tags }: { tags: ModerationTag[] }) {
  const t = await getTranslations("Tags");
  if (tags.length === 0) return <p>{t("empty")}</p>;
  return (
    <>
      <table className="stacked" role="table" aria-describedby="tag-count-hint">
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">{t("table.name")}</th>
            <th scope="col" role="columnheader">{t("table.slug")}</th>
            <th scope="col" role="columnheader">{t("table.stories")}</th>
            <th scope="col" role="columnheader">{t("table.actions")}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          {tags.map((tag) => (
            <tr key={tag.id} role="row">
              <th scope="row" role="rowheader">
                {tag.name}
                {tag.description ? <span className={`hint ${styles.description}`}>{tag.description}</span> : null}
              </th>
              <td role="cell" data-label={t("table.slug")}>{tag.slug}</td>
              <td role="cell" data-label={t("table.stories")}>{tag.storyCount}</td>
              <td role="cell">
                <Link href={routes.mod.tag(tag.id)} aria-label={t("table.editLabel", { name: tag.name })}>
                  {t("table.edit")}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint" id="tag-count-hint">
        {t("countHint")}
      </p>
    </>
  );
}

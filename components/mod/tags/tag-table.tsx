import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ModerationTag } from "@/lib/tags/list-tags-for-moderation";
import styles from "./tag-table.module.css";

export async function TagTable({ tags }: { tags: ModerationTag[] }) {
  const t = await getTranslations("Tags");
  if (tags.length === 0) return <p>{t("empty")}</p>;
  return (
    <>
      <table aria-describedby="tag-count-hint">
        <caption className="visually-hidden">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.name")}</th>
            <th scope="col">{t("table.slug")}</th>
            <th scope="col">{t("table.stories")}</th>
            <th scope="col">{t("table.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {tags.map((tag) => (
            <tr key={tag.id}>
              <th scope="row">
                {tag.name}
                {tag.description ? <span className={`hint ${styles.description}`}>{tag.description}</span> : null}
              </th>
              <td>{tag.slug}</td>
              <td>{tag.storyCount}</td>
              <td>
                <Link href={`/mod/taggar/${tag.id}`} aria-label={t("table.editLabel", { name: tag.name })}>
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

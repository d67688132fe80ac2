import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/current-locale";
import { localizeHref, routes } from "@/lib/routes";
import type { TagWithCount } from "@/lib/reader/list-tags-with-counts";
import styles from "./theme-list.module.css";

// The themes with how many published stories each holds, each leading to its stories (a plain
// link: the list comes whole from the page cache; see ./story-cards.tsx).
export async function ThemeList({ tags }: { tags: TagWithCount[] }) {
  const [t, locale] = await Promise.all([getTranslations("Home"), currentLocale()]);
  return (
    <ul className={styles.list}>
      {tags.map((tag) => (
        <li key={tag.slug} className={styles.item}>
          <a className={styles.name} href={localizeHref(locale, routes.stories({ tagg: tag.slug }))}>
            {tag.name}
          </a>
          <span className={styles.count}>{t("storyCount", { count: tag.storyCount })}</span>
          {tag.description ? <span className={styles.description}>{tag.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}

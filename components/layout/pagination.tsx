import Link from "next/link";
import { getTranslations } from "next-intl/server";
import styles from "./pagination.module.css";

// Previous / next with "Sida X av Y". `hrefForPage` keeps whatever filters the list has.
export async function Pagination({
  page,
  totalPages,
  hrefForPage,
}: {
  page: number;
  totalPages: number;
  hrefForPage: (page: number) => string;
}) {
  if (totalPages <= 1 || page > totalPages) return null;
  const t = await getTranslations("Common.pagination");
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      <ul className={styles.list}>
        {page > 1 ? (
          <li className={styles.previous}>
            <Link className="button secondary" href={hrefForPage(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        <li className={styles.status} aria-current="page">
          {t("page", { page, pages: totalPages })}
        </li>
        {page < totalPages ? (
          <li className={styles.next}>
            <Link className="button secondary" href={hrefForPage(page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

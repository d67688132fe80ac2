import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { localHref } from "@/lib/i18n/current-locale";
import styles from "./pagination.module.css";

export type PageLinks = { first?: string; previous?: string; next?: string; last?: string };

// First / previous / "Sida X av Y" / next / last, plus a small GET form to type a page number
// (works without JavaScript). The links are built by the page, so they keep its filters and
// its keyset cursors; every one ends in #lista, the list's heading, where focus goes.
export async function Pagination({
  page,
  totalPages,
  hrefForPage,
  jump,
  ...props
}: {
  page: number;
  totalPages: number;
  // Either ready links (lists with keyset cursors) or plain page numbers (the audit log).
  links?: PageLinks;
  hrefForPage?: (page: number) => string;
  jump?: { action: string; hidden: Record<string, string | undefined> };
}) {
  if (totalPages <= 1 || page > totalPages) return null;
  const t = await getTranslations("Common.pagination");
  const links: PageLinks = props.links ?? {
    previous: hrefForPage && page > 1 ? hrefForPage(page - 1) : undefined,
    next: hrefForPage && page < totalPages ? hrefForPage(page + 1) : undefined,
  };
  return (
    <nav className={styles.nav} aria-label={t("label")}>
      <ul className={styles.list}>
        <li className={styles.previous}>
          {links.first && page > 2 ? <Link href={links.first}>{t("first")}</Link> : null}
          {links.previous ? (
            <Link className="button secondary" href={links.previous} rel="prev">
              {t("previous")}
            </Link>
          ) : null}
        </li>
        <li className={styles.status} aria-current="page">
          {t("pageNumbered", { page, pages: totalPages })}
        </li>
        <li className={styles.next}>
          {links.next ? (
            <Link className="button secondary" href={links.next} rel="next">
              {t("next")}
            </Link>
          ) : null}
          {links.last && page < totalPages - 1 ? <Link href={links.last}>{t("last")}</Link> : null}
        </li>
      </ul>
      {jump && totalPages > 2 ? (
        <form method="get" action={await localHref(jump.action)} className={styles.jump}>
          {Object.entries(jump.hidden).map(([name, value]) =>
            value ? <input key={name} type="hidden" name={name} value={value} /> : null,
          )}
          <label htmlFor="pagination-jump">{t("jumpLabel")}</label>
          <input id="pagination-jump" name="sida" type="number" inputMode="numeric" min={1} max={totalPages} required />
          <button type="submit" className="secondary">
            {t("jumpSubmit")}
          </button>
        </form>
      ) : null}
    </nav>
  );
}

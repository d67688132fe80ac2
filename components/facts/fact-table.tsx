import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { FactListItem } from "@/lib/facts/list-facts";
import { routes } from "@/lib/routes";
import { factReference } from "@/lib/templates/render-template";
import styles from "./facts.module.css";

// A stacked table: on a phone each fact becomes a block, so nothing scrolls sideways.
export async function FactTable({ facts }: { facts: FactListItem[] }) {
  const [t, format] = await Promise.all([getTranslations("Facts"), getFormatter()]);
  if (facts.length === 0) return <p>{t("empty")}</p>;
  return (
    <table className="stacked" role="table">
      <caption className="visually-hidden">{t("table.caption")}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t("table.label")}</th>
          <th scope="col" role="columnheader">{t("table.value")}</th>
          <th scope="col" role="columnheader">{t("table.reference")}</th>
          <th scope="col" role="columnheader">{t("table.verified")}</th>
          <th scope="col" role="columnheader">{t("table.actions")}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {facts.map((fact) => (
          <tr key={fact.id} role="row">
            <th scope="row" role="rowheader">{fact.label}</th>
            <td role="cell" data-label={t("table.value")} className={styles.reference}>{fact.value}</td>
            <td role="cell" data-label={t("table.reference")} className={styles.reference}>
              <code>{factReference(fact.key)}</code>
            </td>
            <td role="cell" data-label={t("table.verified")}>
              <time dateTime={fact.verifiedAt.toISOString()}>{format.dateTime(fact.verifiedAt, { dateStyle: "medium" })}</time>
              {fact.stale ? <span className={styles.stale}> {t("staleMark")}</span> : null}
            </td>
            <td role="cell">
              <Link href={routes.mod.fact(fact.id)} aria-label={t("table.openLabel", { label: fact.label })}>
                {t("table.open")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

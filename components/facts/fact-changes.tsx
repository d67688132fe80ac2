import { getFormatter, getTranslations } from "next-intl/server";
import type { FactForEdit } from "@/lib/facts/get-fact";
import styles from "./facts.module.css";

// A fact's earlier values, newest first; the audit log has every change in full.
export async function FactChanges({ changes }: { changes: FactForEdit["changes"] }) {
  const [t, format] = await Promise.all([getTranslations("Facts.changes"), getFormatter()]);
  return (
    <section className={styles.section} aria-labelledby="fact-changes-heading">
      <h2 id="fact-changes-heading">{t("heading")}</h2>
      {changes.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul>
          {changes.map((change) => {
            const date = format.dateTime(change.changedAt, { dateStyle: "long", timeStyle: "short" });
            return (
              <li key={change.id} className={styles.reference}>
                {t("item", { oldValue: change.oldValue, newValue: change.newValue })}{" "}
                <span className="muted">({change.moderator ? t("by", { name: change.moderator.name, date }) : t("byUnknown", { date })})</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

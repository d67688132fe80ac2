import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditLogEntry } from "@/lib/audit/list-audit-log";
import { AuditChanges } from "./audit-changes";
import styles from "./audit-log.module.css";

type Props = { entries: AuditLogEntry[]; page: number; totalPages: number };

export async function AuditLogTable({ entries, page, totalPages }: Props) {
  const t = await getTranslations("AuditLog");
  const format = await getFormatter();
  // Action names and target types come from the database; one unknown to the messages file
  // (added by a newer version) is shown as stored rather than breaking the page.
  const actionText = (action: string) => {
    const key = `actions.${action}` as "actions.story.edit";
    return t.has(key) ? t(key) : action;
  };
  const typeText = (type: string) => {
    const key = `targetTypes.${type}` as "targetTypes.story";
    return t.has(key) ? t(key) : type;
  };
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption", { page, pages: totalPages })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("when")}</th>
            <th scope="col">{t("who")}</th>
            <th scope="col">{t("what")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("reason")}</th>
            <th scope="col">{t("changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className={styles.nowrap}>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </td>
              <td>{entry.moderatorName ?? t("unknownModerator")}</td>
              <td>{actionText(entry.action)}</td>
              <td className={styles.text}>
                {typeText(entry.targetType)}
                {entry.targetType === "story" ? (
                  <>
                    {": "}
                    <Link href={`/mod/berattelser/${entry.targetId}`}>{entry.targetLabel ?? entry.targetId}</Link>
                  </>
                ) : entry.targetLabel ? (
                  `: ${entry.targetLabel}`
                ) : null}
                <br />
                <span className={styles.id}>{entry.targetId}</span>
              </td>
              <td className={styles.text}>{entry.reason}</td>
              <td>
                <AuditChanges changes={entry.changes} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

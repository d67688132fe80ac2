import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { actorlessAuditActions } from "@/lib/audit/actions";
import type { AuditLogEntry } from "@/lib/audit/list-audit-log";
import { routes } from "@/lib/routes";
import { AuditChanges } from "./audit-changes";
import styles from "./audit-log.module.css";

// A list rather than a table: a story edit's changes need the full width, also on a phone.
export async function AuditLogList({ entries }: { entries: AuditLogEntry[] }) {
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
    <ol className={styles.list}>
      {entries.map((entry) => (
        <li key={entry.id} className={`card ${styles.entry}`}>
          <h2 className={styles.heading}>
            {actionText(entry.action)}
            {/* An erasure by the author or by retention has no moderator to name. */}
            {actorlessAuditActions.includes(entry.action as (typeof actorlessAuditActions)[number]) ? null : (
              <span className={styles.by}>
                {" "}
                {t("by", { name: entry.moderatorName ?? t("unknownModerator") })}
              </span>
            )}
          </h2>
          <dl className={`inline-dl ${styles.meta}`}>
            <div>
              <dt>{t("when")}</dt>
              <dd>
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </dd>
            </div>
            <div>
              <dt>{t("target")}</dt>
              <dd>
                {typeText(entry.targetType)}
                {entry.targetType === "story" && entry.targetId ? (
                  <>
                    {": "}
                    <Link href={routes.mod.story(entry.targetId)}>{entry.targetLabel ?? entry.targetId}</Link>
                  </>
                ) : entry.targetLabel ? (
                  `: ${entry.targetLabel}`
                ) : null}{" "}
                {entry.targetId ? <span className={styles.id}>({entry.targetId})</span> : null}
              </dd>
            </div>
            {entry.reason ? (
              <div>
                <dt>{t("reason")}</dt>
                <dd className={styles.text}>{entry.reason}</dd>
              </div>
            ) : null}
          </dl>
          <AuditChanges changes={entry.changes} />
        </li>
      ))}
    </ol>
  );
}

import { getTranslations } from "next-intl/server";
import { type AuditChange, type AuditValue, abbreviateChange } from "@/lib/audit/diff-audit-values";
import styles from "./audit-log.module.css";

const enumFields = new Set(["status", "role"]);

// "reply.templateId" → "replyTemplateId", the key of its label under AuditLog.fields.
function labelKey(field: string) {
  return field.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
}

export async function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const t = await getTranslations("AuditLog");
  if (changes.length === 0) return <span className="muted">{t("noChanges")}</span>;

  const label = (field: string) => {
    const key = `fields.${labelKey(field)}` as "fields.title";
    return t.has(key) ? t(key) : field;
  };
  const show = (field: string, value: AuditValue | undefined): string => {
    if (value === undefined || value === null || value === "") return t("empty");
    if (Array.isArray(value)) return value.length > 0 ? value.map((item) => show(field, item)).join(", ") : t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    const enumKey = `values.${value}` as "values.PENDING";
    if (enumFields.has(field) && t.has(enumKey)) return t(enumKey);
    return String(value);
  };
  const texts = (change: AuditChange) => {
    const before = show(change.field, change.before);
    const after = show(change.field, change.after);
    return typeof change.before === "string" && typeof change.after === "string" ? abbreviateChange(before, after) : { before, after };
  };

  return (
    <details className={styles.details}>
      <summary>{t("showChanges")}</summary>
      <dl className={styles.changes}>
        {changes.map((change) => {
          const { before, after } = texts(change);
          return (
            <div key={change.field} className={styles.change}>
              <dt>{label(change.field)}</dt>
              <dd>
                <span className={styles.label}>{t("before")}:</span> <del className={styles.before}>{before}</del>
              </dd>
              <dd>
                <span className={styles.label}>{t("after")}:</span> <ins className={styles.after}>{after}</ins>
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}

import { getTranslations } from "next-intl/server";
import {
  type AuditChange,
  type AuditValue,
  type TextChangePart,
  abbreviateChange,
} from "@/lib/audit/diff-audit-values";
import styles from "./audit-log.module.css";

const enumFields = new Set(["status", "role", "decision"]);

// Ids nested in a value (a publication's reply id) are bookkeeping, not something a reader of
// the log checks.
const isBookkeeping = (field: string) => field.endsWith(".id");

// "reply.templateId" → "replyTemplateId", the key of its label under AuditLog.fields.
function labelKey(field: string) {
  return field.replace(/\.(\w)/g, (_, letter: string) => letter.toUpperCase());
}

function Part({ part }: { part: TextChangePart }) {
  return (
    <>
      {part.lead}
      {part.changed ? <mark className={styles.mark}>{part.changed}</mark> : null}
      {part.trail}
    </>
  );
}

export async function AuditChanges({ changes }: { changes: AuditChange[] }) {
  const t = await getTranslations("AuditLog");
  const shown = changes.filter((change) => !isBookkeeping(change.field));
  if (shown.length === 0) return <p className="muted">{t("noChanges")}</p>;

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
  // Two free texts are shown with the changed part marked; anything else as it was and is.
  const sides = (change: AuditChange): [React.ReactNode, React.ReactNode] => {
    const { before, after } = change;
    if (typeof before === "string" && typeof after === "string" && before && after && !enumFields.has(change.field)) {
      const parts = abbreviateChange(before, after);
      return [<Part key="before" part={parts.before} />, <Part key="after" part={parts.after} />];
    }
    return [show(change.field, change.before), show(change.field, change.after)];
  };

  return (
    <details className={styles.details}>
      <summary>{t("showChanges", { count: shown.length })}</summary>
      <dl className={styles.changes}>
        {shown.map((change) => {
          const [before, after] = sides(change);
          return (
            <div key={change.field} className={styles.change}>
              <dt>{label(change.field)}</dt>
              <dd className={styles.before}>
                <span className={styles.label}>{t("before")}: </span>
                {before}
              </dd>
              <dd className={styles.after}>
                <span className={styles.label}>{t("after")}: </span>
                {after}
              </dd>
            </div>
          );
        })}
      </dl>
    </details>
  );
}

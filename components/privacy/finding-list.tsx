"use client";

import { useTranslations } from "next-intl";
import { STORAGE_REDACTED_KINDS } from "@/lib/privacy/redact-for-storage";
import type { Finding } from "@/lib/privacy/types";
import { excerptAround } from "./excerpt";
import styles from "./privacy.module.css";

export type FindingAudience = "author" | "moderator";

type Props = {
  id: string;
  text: string;
  findings: Finding[];
  fieldName: string;
  audience: FindingAudience;
  compact?: boolean;
  onReplace: (finding: Finding, index: number) => void;
};

// The findings in one field as a list of excerpts, each with the finding marked, what it is,
// and a button that puts the suggested replacement in its place. A list rather than colour
// behind the field, so it reads the same to a screen reader and to someone zooming in.
export function FindingList({ id, text, findings, fieldName, audience, compact = false, onReplace }: Props) {
  const t = useTranslations("PersonalData");
  if (findings.length === 0) return null;
  const automatic = findings.filter((finding) => STORAGE_REDACTED_KINDS.includes(finding.kind)).length;

  return (
    <div className={`${styles.findings} ${compact ? styles.compact : ""}`} id={id}>
      <p className={styles.summary}>
        {t("summary", { count: findings.length, field: fieldName })}
        {audience === "author" && automatic > 0 ? ` ${t("summaryAuto", { count: automatic })}` : null}
      </p>
      <ul className={styles.list}>
        {findings.map((finding, index) => {
          const excerpt = excerptAround(text, finding);
          const isAutomatic = STORAGE_REDACTED_KINDS.includes(finding.kind);
          return (
            <li key={`${finding.kind}-${finding.start}`} className={styles.item}>
              <p className={styles.kind}>
                <strong>{t(`kinds.${finding.kind}`)}</strong>
                {audience === "author" ? (
                  <span className={isAutomatic ? styles.automatic : styles.suggestion}>
                    {isAutomatic ? t("automatic") : t("suggestion")}
                  </span>
                ) : null}
              </p>
              <p className={styles.excerpt}>
                <span className="visually-hidden">{t("excerptLabel")} </span>
                {excerpt.before}
                <mark>{excerpt.marked}</mark>
                {excerpt.after}
              </p>
              {compact && audience === "author" ? null : <p className={styles.explain}>{t(`explain.${finding.kind}`)}</p>}
              <button
                type="button"
                className="secondary"
                data-finding-replace=""
                aria-label={t("replaceLabel", { text: finding.text, replacement: finding.replacement })}
                onClick={() => onReplace(finding, index)}
              >
                {t("replace", { replacement: finding.replacement })}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

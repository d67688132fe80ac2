"use client";

import { useTranslations } from "next-intl";
import { useDeferredValue, useMemo } from "react";
import { excerptAround } from "@/components/privacy/excerpt";
import { refusedFindings } from "@/lib/answers/answer-text";
import styles from "./answers.module.css";

// What the detector finds in an answer's text as it is typed: the same rule the schema refuses
// on sending and the server refuses again (lib/answers/answer-text.ts), shown beside the field so
// the responder sees what to take out, and nothing typed is lost.
export function AnswerFindings({ id, text, summary }: { id: string; text: string; summary: "findingsSummary" | "findingsSummaryDescription" }) {
  const t = useTranslations("Answers.form");
  const kinds = useTranslations("PersonalData.kinds");
  const deferred = useDeferredValue(text);
  const findings = useMemo(() => refusedFindings(deferred), [deferred]);
  if (findings.length === 0) return <div id={id} hidden />;
  return (
    <div id={id} className={styles.findings}>
      <p>{t(summary, { count: findings.length })}</p>
      <ul>
        {findings.map((finding) => {
          const excerpt = excerptAround(deferred, finding);
          return (
            <li key={`${finding.kind}-${finding.start}`}>
              <strong>{t("findingLabel", { kind: kinds(finding.kind) })}</strong> {excerpt.before}
              <mark>{excerpt.marked}</mark>
              {excerpt.after}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

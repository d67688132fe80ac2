"use client";

import { useTranslations } from "next-intl";
import styles from "./safety.module.css";

// Offered, not preselected: the moderator decides, but the fitting template is one click away.
export function SuggestedTemplate({ title, onUse }: { title: string; onUse: () => void }) {
  const t = useTranslations("Safety.review");
  return (
    <div className={`alert warning ${styles.suggestion}`}>
      <p>{t("suggestedTemplate", { title })}</p>
      <button type="button" className="secondary" onClick={onUse}>
        {t("useTemplate", { title })}
      </button>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import styles from "./writing-guidance.module.css";

const leaveOut = ["names", "personnummer", "phones", "addresses", "dates", "caseNumbers"] as const;
const emergency = ["police", "bris", "suicide", "violence"] as const;

// Shown beside the form: most identifying details are easiest to remove before they are written.
// On a phone the advice is folded under its summary, so the first field is on the first screen
// rather than below a screen and a half of advice; where there is room beside the form
// (writing-guidance.module.css) it is always open. Plain <details>: no script needed.
export async function WritingGuidance() {
  const t = await getTranslations("WritePage.guidance");
  return (
    <details className={styles.fold}>
      <summary className={styles.summary}>{t("label")}</summary>
      <aside className={styles.guidance} aria-labelledby="guidance-heading">
        <h2 id="guidance-heading">{t("heading")}</h2>
        <p>{t("calm")}</p>
        <h3>{t("leaveOutHeading")}</h3>
        <p>{t("leaveOutIntro")}</p>
        <ul>
          {leaveOut.map((key) => (
            <li key={key}>{t(`leaveOut.${key}`)}</li>
          ))}
        </ul>
        <p>{t("roles")}</p>
        <p>{t("moderatorsEdit")}</p>
        <h3>{t("emergencyHeading")}</h3>
        <ul>
          {emergency.map((key) => (
            <li key={key}>{t(`emergency.${key}`)}</li>
          ))}
        </ul>
        <p>{t("socialjour")}</p>
      </aside>
    </details>
  );
}

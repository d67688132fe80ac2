import { getTranslations } from "next-intl/server";
import styles from "./answers.module.css";

const points = ["thank", "organisation", "client", "contact", "names", "change"] as const;

// Beside the answer field: how an organisation answers in public, in the house voice.
export async function AnswerGuidance() {
  const t = await getTranslations("Answers.guidance");
  return (
    <aside className={styles.guidance} aria-labelledby="svar-rad">
      <h3 id="svar-rad">{t("heading")}</h3>
      <ul>
        {points.map((point) => (
          <li key={point}>{t(point)}</li>
        ))}
      </ul>
    </aside>
  );
}

import { getTranslations } from "next-intl/server";
import styles from "@/components/facts/facts.module.css";
import { HouseStyleForm } from "./house-style-form";

type Props = { replyOpening: string; replyClosing: string; canEdit: boolean };

// Above the template list: the words every reply opens and closes with. Admins change them here;
// everyone else sees them.
export async function HouseStyle({ replyOpening, replyClosing, canEdit }: Props) {
  const t = await getTranslations("HouseStyle");
  return (
    <section aria-labelledby="house-style-heading">
      <h2 id="house-style-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      {canEdit ? (
        <HouseStyleForm initial={{ replyOpening, replyClosing }} />
      ) : (
        <dl>
          <dt>{t("opening")}</dt>
          <dd className={styles.fixedText}>{replyOpening || t("none")}</dd>
          <dt>{t("closing")}</dt>
          <dd className={styles.fixedText}>{replyClosing || t("none")}</dd>
        </dl>
      )}
    </section>
  );
}

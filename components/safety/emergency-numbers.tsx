import { getTranslations } from "next-intl/server";
import type { SafetyFlag } from "@/generated/prisma/enums";
import { orderHelplines } from "@/lib/safety/helplines";
import styles from "./safety.module.css";

// Shown to an author at once when their story suggests acute danger, before any moderator has
// read it. Calm on purpose: no alarm colours, no mention of how the story was assessed.
export async function EmergencyNumbers({ flags }: { flags: readonly SafetyFlag[] }) {
  const t = await getTranslations("Safety.emergency");
  return (
    <section className={`card ${styles.emergency}`} aria-labelledby="emergency-heading">
      <h2 id="emergency-heading">{t("heading")}</h2>
      <p>{t("text")}</p>
      <ul className={styles.lines}>
        {orderHelplines(flags).map((line) => (
          <li key={line.id}>
            <p className={styles.lineName}>
              {line.tel ? <a href={`tel:${line.tel}`}>{t(`lines.${line.id}.label`)}</a> : t(`lines.${line.id}.label`)}
            </p>
            <p className={styles.lineWhat}>{t(`lines.${line.id}.what`)}</p>
          </li>
        ))}
      </ul>
      <p className="muted">{t("afterNote")}</p>
    </section>
  );
}

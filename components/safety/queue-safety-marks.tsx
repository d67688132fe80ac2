import { getTranslations } from "next-intl/server";
import type { SafetyFlag } from "@/generated/prisma/enums";
import { isAcuteFlag } from "@/lib/safety/safety-flags";
import styles from "./safety.module.css";

// Real text, not colour alone, so a screen reader hears "Akut" and the reasons before the title.
export async function QueueSafetyMarks({ flags }: { flags: readonly SafetyFlag[] }) {
  const t = await getTranslations("Safety");
  const acute = flags.filter(isAcuteFlag);
  return (
    <>
      {acute.length > 0 ? (
        <p className={styles.urgentBadge}>
          {t("queue.urgentReasons", { reasons: acute.map((flag) => t(`flags.${flag}`)).join(", ") })}
        </p>
      ) : null}
      {flags.includes("STAFF_THREAT") ? (
        <p className={styles.staffBadge}>
          {t("queue.staffThreat")} – {t("queue.staffThreatNote")}
        </p>
      ) : null}
    </>
  );
}

export { styles as safetyStyles };

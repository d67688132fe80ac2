import { getTranslations } from "next-intl/server";
import type { SafetyFlag } from "@/generated/prisma/enums";
import { isAcuteFlag, sortFlags } from "@/lib/safety/safety-flags";
import { ClearSafetyFlagButtons } from "./clear-safety-flag-buttons";
import styles from "./safety.module.css";

type Props = { storyId: string; flags: readonly SafetyFlag[]; suggestedTemplateTitle: string | null };

// What the automatic reading found, above everything else on the review page, with a way to
// dismiss a false alarm. The template itself is offered next to the reply (ReplyComposer).
export async function ReviewSafetyBanner({ storyId, flags, suggestedTemplateTitle }: Props) {
  if (flags.length === 0) return null;
  const t = await getTranslations("Safety");
  const acute = sortFlags(flags).filter(isAcuteFlag);
  const reasons = acute.map((flag) => t(`flags.${flag}`)).join(", ");
  return (
    <section className={`alert ${acute.length > 0 ? "error" : "warning"} ${styles.banner}`} aria-labelledby="safety-heading">
      {acute.length > 0 ? (
        <>
          <h2 id="safety-heading">{t("review.urgentHeading")}</h2>
          <p>{t("review.urgentText", { reasons })}</p>
          {suggestedTemplateTitle ? <p>{t("review.suggestedTemplate", { title: suggestedTemplateTitle })}</p> : null}
        </>
      ) : null}
      {flags.includes("STAFF_THREAT") ? (
        <>
          {acute.length > 0 ? <h3>{t("review.staffHeading")}</h3> : <h2 id="safety-heading">{t("review.staffHeading")}</h2>}
          <p>{t("review.staffText")}</p>
        </>
      ) : null}
      <ClearSafetyFlagButtons
        storyId={storyId}
        flags={sortFlags(flags).map((flag) => ({ flag, label: t("review.clear", { flag: t(`flags.${flag}`) }) }))}
      />
    </section>
  );
}

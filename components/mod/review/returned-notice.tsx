import { getFormatter, getTranslations } from "next-intl/server";
import type { ReturnedDecision } from "@/lib/moderation/review-view";
import styles from "./review.module.css";

// A decision a colleague sent back: who, when and why, and what of the preparer's work the form
// below still holds.
export async function ReturnedNotice({ returned }: { returned: ReturnedDecision }) {
  const [t, format] = await Promise.all([getTranslations("Review"), getFormatter()]);
  const date = format.dateTime(returned.returnedAt, { dateStyle: "long", timeStyle: "short" });
  return (
    <section className="card" aria-labelledby="returned-heading">
      <h2 id="returned-heading">{t("returned.heading")}</h2>
      <p>{returned.returnedBy ? t("returned.byline", { name: returned.returnedBy.name, date }) : t("returned.bylineUnknown", { date })}</p>
      <blockquote className={styles.preparedText}>{returned.returnComment}</blockquote>
      <p className="hint">{returned.kind === "PUBLISH" ? t("returned.replyKept") : t("returned.reasonKept")}</p>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import styles from "./review.module.css";

// What the author sent, exactly as stored when it arrived. Moderators compare against it while
// editing; it is kept for the audit trail and never shown to readers.
export async function StoryOriginal({ story }: { story: StoryForReview }) {
  const t = await getTranslations("Review.original");
  const unchanged = story.title === story.originalTitle && story.body === story.originalBody;

  return (
    <section className={`card ${styles.original}`} aria-labelledby="original-heading">
      <h2 id="original-heading">{t("heading")}</h2>
      <p className="hint">{t("hint")}</p>
      {unchanged ? <p className="hint">{t("unchanged")}</p> : null}
      <h3>{t("title")}</h3>
      <p className={styles.originalText}>{story.originalTitle}</p>
      <h3>{t("body")}</h3>
      <p className={styles.originalText}>{story.originalBody}</p>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import styles from "./review.module.css";

// What the author sent, exactly as stored when it arrived (or as the author last edited it
// while it waited). Moderators compare against it while editing; it is never shown to readers.
// Retention erases it some time after publication (lib/retention), and then this says so.
// On a wide screen the box stays beside the form and scrolls on its own, so it takes focus
// (tabIndex 0): a keyboard user can scroll it too (axe: scrollable-region-focusable).
export async function StoryOriginal({ story }: { story: StoryForReview }) {
  const t = await getTranslations("Review.original");
  const format = await getFormatter();
  const erased = story.originalTitle === null || story.originalBody === null;
  const unchanged = !erased && story.title === story.originalTitle && story.body === story.originalBody;

  return (
    <section className={`card ${styles.original}`} aria-labelledby="original-heading" tabIndex={0}>
      <h2 id="original-heading">{t("heading")}</h2>
      {erased ? (
        <p className="hint">
          {t("erased")}
          {story.originalErasedAt ? ` ${t("erasedAt", { date: format.dateTime(story.originalErasedAt, { dateStyle: "long" }) })}` : null}
        </p>
      ) : (
        <>
          <p className="hint">{t("hint")}</p>
          {unchanged ? <p className="hint">{t("unchanged")}</p> : null}
          <h3>{t("title")}</h3>
          <p className={styles.originalText}>{story.originalTitle}</p>
          <h3>{t("body")}</h3>
          <p className={styles.originalText}>{story.originalBody}</p>
        </>
      )}
    </section>
  );
}

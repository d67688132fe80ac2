import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import { routes } from "@/lib/routes";
import { isVisibleToReader } from "@/lib/stories/visibility";
import styles from "./review.module.css";

// A decided (or withdrawn) story is shown read-only: what was decided and what the author sees.
export async function StoryDecided({ story }: { story: StoryForReview }) {
  const t = await getTranslations("Review.decided");
  const format = await getFormatter();

  return (
    <section aria-labelledby="decided-heading">
      <p className="alert">{t("notice")}</p>
      <h2 id="decided-heading">{story.title}</h2>
      <ul className="tag-list" aria-label={t("tags")}>
        {story.tags.map(({ tag }) => (
          <li key={tag.id} className="tag">
            {tag.name}
          </li>
        ))}
      </ul>
      <p className={styles.originalText}>{story.body}</p>
      {isVisibleToReader(story) ? (
        <p>
          <Link href={routes.story(story.id)}>{t("publicLink")}</Link>
        </p>
      ) : null}
      {story.rejectionReason ? (
        <>
          <h2>{t("rejectionReason")}</h2>
          <p className={`card ${styles.originalText}`}>{story.rejectionReason}</p>
        </>
      ) : null}
      <h2>{t("replies")}</h2>
      {story.replies.length === 0 ? <p>{t("noReplies")}</p> : null}
      {story.replies.map((reply) => (
        <article key={reply.id} className="reply stack">
          <p className="hint">
            {reply.publishedAt ? format.dateTime(reply.publishedAt, { dateStyle: "long" }) : t("unpublishedReply")}
            {reply.template ? ` · ${t("replyFromTemplate", { template: reply.template.title })}` : null}
          </p>
          <p className={styles.originalText}>{reply.body}</p>
        </article>
      ))}
    </section>
  );
}

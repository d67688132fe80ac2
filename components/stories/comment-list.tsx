import { getTranslations } from "next-intl/server";
import type { PublicComment } from "@/lib/stories/to-public-story";
import { dayValues } from "./published-date";
import { StoryText } from "./story-text";
import styles from "./story-thread.module.css";

// Approved comments, oldest first, so a conversation reads in order.
export async function CommentList({ comments }: { comments: PublicComment[] }) {
  const t = await getTranslations("Story");
  const tAuthor = await getTranslations("AuthorControl.comment");
  return (
    <section aria-labelledby="kommentarer">
      <h2 id="kommentarer">{t("commentsHeading")}</h2>
      <p className="muted">{t("commentCount", { count: comments.length })}</p>
      {comments.length > 0 ? (
        <ol className="plain-list">
          {comments.map((comment) => (
            <li key={comment.id} className={styles.comment}>
              {comment.byStoryAuthor ? (
                <p>
                  <strong>{tAuthor("readerLabel")}</strong>
                </p>
              ) : null}
              <p className={styles.date}>
                {t.rich("commentedAt", dayValues(comment.createdAt))}
              </p>
              <StoryText text={comment.body} />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

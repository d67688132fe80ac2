import { getTranslations } from "next-intl/server";
import { approveCommentAction, rejectCommentAction } from "@/app/mod/(inloggad)/kommentarer/actions";
import type { QueuedComment } from "@/lib/moderation/list-queue";
import { QueueCommentActions } from "./queue-comment-actions";
import { QueueAge } from "./queue-age";
import styles from "./queue.module.css";

export async function QueueCommentList({ comments, now }: { comments: QueuedComment[]; now: Date }) {
  const t = await getTranslations("Queue");
  const tAuthor = await getTranslations("AuthorControl.comment");
  return (
    <section aria-labelledby="ko-kommentarer">
      <h2 id="ko-kommentarer">{t("commentsHeading")}</h2>
      <p className="muted">{t("commentsCount", { count: comments.length })}</p>
      <ol className="plain-list">
        {comments.map((comment) => {
          const headingId = `kommentar-${comment.id}`;
          return (
            <li key={comment.id} className={`card ${styles.item}`}>
              <h3 id={headingId} className={styles.title}>
                {t("commentOn", { title: comment.story.title })}
              </h3>
              <QueueAge createdAt={comment.createdAt} now={now} />
              {comment.byStoryAuthor ? <p className="muted">{tAuthor("queueLabel")}</p> : null}
              <p className={styles.comment}>{comment.body}</p>
              <QueueCommentActions
                commentId={comment.id}
                describedBy={headingId}
                approve={approveCommentAction}
                reject={rejectCommentAction}
              />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

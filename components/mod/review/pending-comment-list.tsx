import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingComment } from "@/lib/moderation/list-pending-comments";
import { routes } from "@/lib/routes";
import { QueueAge } from "../queue-age";
import { CommentDecision } from "./comment-decision";
import styles from "./comment-decision.module.css";

// The one screen where comments are decided (/mod/kommentarer): each with how long it has
// waited, marked past one working day as in the story queue, and the decision in place.
export async function PendingCommentList({ comments, now }: { comments: PendingComment[]; now: Date }) {
  const t = await getTranslations("CommentModeration");
  const tAuthor = await getTranslations("AuthorControl.comment");
  const format = await getFormatter();
  if (comments.length === 0) return <p>{t("empty")}</p>;
  return (
    <ol className="plain-list">
      {comments.map((comment) => (
        <li key={comment.id} className="card">
          <article aria-labelledby={`comment-${comment.id}-heading`}>
            <h2 id={`comment-${comment.id}-heading`} className={styles.heading}>
              {t("onStory")} <Link href={routes.story(comment.story.id)}>{comment.story.title}</Link>
            </h2>
            <p className="hint">{t("received", { date: format.dateTime(comment.createdAt, { dateStyle: "long", timeStyle: "short" }) })}</p>
            <QueueAge createdAt={comment.createdAt} now={now} />
            {comment.byStoryAuthor ? <p className="hint">{tAuthor("queueLabel")}</p> : null}
            <p className="story-text">{comment.body}</p>
            <CommentDecision commentId={comment.id} />
          </article>
        </li>
      ))}
    </ol>
  );
}

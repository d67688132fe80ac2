import { getTranslations } from "next-intl/server";
import type { PublicReply } from "@/lib/stories/to-public-story";
import { dayValues } from "./published-date";
import { StoryText } from "./story-text";
import styles from "./story-thread.module.css";

// The moderators' answers, set apart from the story and from readers' comments.
export async function ReplyList({ replies }: { replies: PublicReply[] }) {
  if (replies.length === 0) return null;
  const t = await getTranslations("Story");
  return (
    <section aria-labelledby="svar">
      <h2 id="svar">{t("repliesHeading")}</h2>
      <ol className="plain-list">
        {replies.map((reply) => (
          <li key={reply.id} className="reply">
            <p className={styles.label}>
              {t.rich("replyLabel", dayValues(reply.publishedAt))}
              {reply.amendedAt ? (
                <>
                  {" · "}
                  {t.rich("replyAmended", dayValues(reply.amendedAt))}
                </>
              ) : null}
            </p>
            <StoryText text={reply.body} />
          </li>
        ))}
      </ol>
    </section>
  );
}

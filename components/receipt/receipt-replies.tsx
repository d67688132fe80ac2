import { getFormatter, getTranslations } from "next-intl/server";
import type { ReceiptStory } from "@/lib/stories/get-story-by-receipt";
import styles from "./receipt.module.css";

// Only published replies reach this component (getStoryByReceipt filters with readerReplyWhere).
export async function ReceiptReplies({ replies }: { replies: ReceiptStory["replies"] }) {
  const t = await getTranslations("Receipt.replies");
  const format = await getFormatter();
  return (
    <section aria-labelledby="replies-heading">
      <h2 id="replies-heading">{t("heading")}</h2>
      {replies.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className={styles.replies}>
          {replies.map((reply) => (
            <li key={reply.id} className="reply">
              <p className={styles.replyFrom}>
                {t("from")}
                {reply.publishedAt ? (
                  <>
                    {", "}
                    <time dateTime={reply.publishedAt.toISOString()}>{format.dateTime(reply.publishedAt, { dateStyle: "long" })}</time>
                  </>
                ) : null}
                {reply.amendedAt ? (
                  <>
                    {" · "}
                    {t("amended")} <time dateTime={reply.amendedAt.toISOString()}>{format.dateTime(reply.amendedAt, { dateStyle: "long" })}</time>
                  </>
                ) : null}
              </p>
              <p className="story-text">{reply.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

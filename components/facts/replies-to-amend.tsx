import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import reviewStyles from "@/components/mod/review/review.module.css";
import type { ReplyToAmend } from "@/lib/facts/list-replies-to-amend";
import { routes } from "@/lib/routes";
import { AmendReplyForm } from "./amend-reply-form";
import styles from "./facts.module.css";

// After a fact's value changed: the published replies still quoting an earlier value, each with
// a form to correct it (lib/moderation/reply-amendments.ts). While colleague review is in force
// the correction waits for a colleague: a reply with one waiting links to it instead of a form,
// and one sent back shows the comment above its text.
export async function RepliesToAmend({ factId, replies, reviewInForce }: { factId: string; replies: ReplyToAmend[]; reviewInForce: boolean }) {
  const [t, format] = await Promise.all([getTranslations("Facts.amend"), getFormatter()]);
  return (
    <section className={styles.section} aria-labelledby="amend-heading">
      <h2 id="amend-heading">{t("heading")}</h2>
      {replies.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{reviewInForce ? t("introReview") : t("intro")}</p>
          <ol className={styles.list}>
            {replies.map((reply) => (
              <li key={reply.id} className="card">
                <h3>
                  {t("onStory")} <Link href={routes.story(reply.story.id)}>{reply.story.title}</Link>
                </h3>
                <p className="hint">
                  {t("published", { date: format.dateTime(reply.publishedAt, { dateStyle: "long" }) })}.{" "}
                  {t("quotes", { oldValue: reply.oldValue, newValue: reply.newValue })}
                </p>
                {reply.amendment && !reply.amendment.returnedAt ? (
                  <p>
                    <strong>{reply.amendment.preparedBy ? t("waiting", { name: reply.amendment.preparedBy.name }) : t("waitingUnknown")}</strong>{" "}
                    <Link href={routes.mod.amendment(reply.id)}>{t("waitingLink")}</Link>
                  </p>
                ) : (
                  <>
                    {reply.amendment?.returnComment ? (
                      <>
                        <p>{reply.amendment.returnedBy ? t("returned", { name: reply.amendment.returnedBy.name }) : t("returnedUnknown")}</p>
                        <p className={reviewStyles.preparedText}>{reply.amendment.returnComment}</p>
                      </>
                    ) : null}
                    <AmendReplyForm
                      replyId={reply.id}
                      returnTo={{ page: "fact", factId }}
                      suggestion={reply.amendment?.body ?? reply.body.replaceAll(reply.oldValue, reply.newValue)}
                      reviewInForce={reviewInForce}
                    />
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

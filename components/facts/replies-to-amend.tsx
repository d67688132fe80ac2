import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReplyToAmend } from "@/lib/facts/list-replies-to-amend";
import { AmendReplyForm } from "./amend-reply-form";
import styles from "./facts.module.css";

// After a fact's value changed: the published replies still quoting an earlier value, each with
// a form to correct it (lib/replies/amend-reply.ts).
export async function RepliesToAmend({ factId, replies }: { factId: string; replies: ReplyToAmend[] }) {
  const [t, format] = await Promise.all([getTranslations("Facts.amend"), getFormatter()]);
  return (
    <section className={styles.section} aria-labelledby="amend-heading">
      <h2 id="amend-heading">{t("heading")}</h2>
      {replies.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <p>{t("intro")}</p>
          <ol className={styles.list}>
            {replies.map((reply) => (
              <li key={reply.id} className="card">
                <h3>
                  {t("onStory")} <Link href={`/berattelser/${reply.story.id}`}>{reply.story.title}</Link>
                </h3>
                <p className="hint">
                  {t("published", { date: format.dateTime(reply.publishedAt, { dateStyle: "long" }) })}.{" "}
                  {t("quotes", { oldValue: reply.oldValue, newValue: reply.newValue })}
                </p>
                <AmendReplyForm replyId={reply.id} factId={factId} suggestion={reply.body.replaceAll(reply.oldValue, reply.newValue)} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

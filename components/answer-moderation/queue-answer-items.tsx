import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { QueueAge } from "@/components/mod/queue-age";
import styles from "@/components/mod/queue.module.css";
import type { QueuedAnswer } from "@/lib/answers/list-answer-queue";
import { routes } from "@/lib/routes";

// The organisations' answers in the queue, a kind of their own beside the stories: per answer,
// the organisation, the story, how long the oldest part has waited, and what waits (the answer,
// its change marks, a publication a colleague is to approve, or on the fast track a review
// afterwards of what is already public).
export async function QueueAnswerItems({ answers, now, filtered }: { answers: QueuedAnswer[]; now: Date; filtered: boolean }) {
  const t = await getTranslations("AnswerModeration.queue");
  return (
    <section aria-labelledby="ko-svar">
      <h2 id="ko-svar">{t("heading")}</h2>
      <p className="muted">{filtered ? t("countFiltered", { count: answers.length }) : t("count", { count: answers.length })}</p>
      {answers.length > 0 ? (
        <ol className="plain-list">
          {answers.map((item) => (
            <li key={item.answerId} className="card">
              <h3 className={styles.title}>{t("title", { organisation: item.organisationName })}</h3>
              <QueueAge createdAt={item.since} now={now} />
              {item.answer === "awaitingColleague" || item.marks.awaitingColleague > 0 ? (
                <p className={styles.prepared}>
                  <strong>{t("awaitingColleague")}</strong> {item.preparedBy ? t("preparedBy", { name: item.preparedBy }) : null}
                </p>
              ) : null}
              {item.answer === "publishedUnreviewed" || item.marks.publishedUnreviewed > 0 ? (
                <p className={styles.prepared}>
                  <strong>{t("publishedUnreviewed")}</strong>
                </p>
              ) : null}
              <dl className={`inline-dl ${styles.meta}`}>
                <div>
                  <dt>{t("story")}</dt>
                  <dd>{item.storyTitle}</dd>
                </div>
                <div>
                  <dt>{t("waits")}</dt>
                  <dd>{[item.answer === "waiting" ? t("newAnswer") : null, item.marks.waiting > 0 ? t("marks", { count: item.marks.waiting }) : null].filter(Boolean).join(", ") || t("nothingNew")}</dd>
                </div>
              </dl>
              <Link className="button" href={routes.mod.answer(item.answerId)} aria-label={t("reviewLabel", { organisation: item.organisationName, title: item.storyTitle })}>
                {t("review")}
              </Link>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

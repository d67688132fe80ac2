import { getFormatter, getTranslations } from "next-intl/server";
import type { SiteFeedbackItem } from "@/lib/site-feedback/list-site-feedback";
import { MarkHandledButton } from "./mark-handled-button";
import styles from "./site-feedback.module.css";

// One list of messages from the accessibility statement's form: the waiting ones with the button
// that marks them handled, the handled ones with when.
export async function SiteFeedbackList({ items, kind }: { items: SiteFeedbackItem[]; kind: "unhandled" | "handled" }) {
  const t = await getTranslations("SiteFeedback");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  if (items.length === 0) return <p>{kind === "unhandled" ? t("empty") : t("noneHandled")}</p>;
  return (
    <ol className="plain-list">
      {items.map((item) => (
        <li key={item.id} className="card">
          <article aria-label={t("received", { date: when(item.createdAt) })}>
            <p className="hint">
              {t("received", { date: when(item.createdAt) })}
              {item.handledAt ? ` · ${t("handledOn", { date: when(item.handledAt) })}` : null}
            </p>
            <p className="story-text">{item.body}</p>
            <dl className={`inline-dl ${styles.meta}`}>
              <div>
                <dt>{t("page")}</dt>
                <dd className={styles.page}>{item.pageUrl || t("noPage")}</dd>
              </div>
            </dl>
            {kind === "unhandled" ? <MarkHandledButton feedbackId={item.id} /> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import { formatAge } from "@/lib/moderation/format-age";
import { isOverdue } from "@/lib/moderation/is-overdue";
import styles from "./queue.module.css";

// How long an item has waited, and a marker (in words, not only colour) past one working day.
export async function QueueAge({ createdAt, now }: { createdAt: Date; now: Date }) {
  const t = await getTranslations("Queue");
  const format = await getFormatter();
  const overdue = isOverdue(createdAt, now);
  return (
    <p className={styles.age}>
      <time dateTime={createdAt.toISOString()} title={t("receivedAt", { date: format.dateTime(createdAt, { dateStyle: "long", timeStyle: "short" }) })}>
        {t("waiting", { age: formatAge(createdAt, now) })}
      </time>
      {overdue ? <strong className={styles.overdue}>{t("overdue")}</strong> : null}
    </p>
  );
}

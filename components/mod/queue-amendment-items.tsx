import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PendingAmendment } from "@/lib/moderation/reply-amendments";
import { routes } from "@/lib/routes";
import styles from "./queue.module.css";

// Amendments of published replies waiting for a colleague, as items of the queue's list: they
// are decisions like a prepared story, so they sit with them, right after the urgent stories.
export async function QueueAmendmentItems({ amendments }: { amendments: PendingAmendment[] }) {
  if (amendments.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("Facts.queue"), getFormatter()]);
  const date = (at: Date) => format.dateTime(at, { dateStyle: "medium", timeStyle: "short" });
  return amendments.map((amendment) => (
    <li key={`amendment-${amendment.replyId}`} className={`card ${styles.item}`}>
      <h3 className={styles.title}>{t("title", { title: amendment.storyTitle })}</h3>
      <p className={styles.prepared}>
        <strong>{t("waiting")}</strong>{" "}
        {amendment.preparedBy === null ? t("preparedUnknown", { date: date(amendment.preparedAt) }) : t("prepared", { name: amendment.preparedBy, date: date(amendment.preparedAt) })}
      </p>
      <Link className="button" href={routes.mod.amendment(amendment.replyId)} aria-label={t("reviewLabel", { title: amendment.storyTitle })}>
        {t("review")}
      </Link>
    </li>
  ));
}

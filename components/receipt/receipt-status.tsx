import { getTranslations } from "next-intl/server";
import type { ReceiptStory } from "@/lib/stories/get-story-by-receipt";
import styles from "./receipt.module.css";

type Props = Pick<ReceiptStory, "id" | "status" | "rejectionReason">;

// The link to the published story sits with the published text (components/receipt/published-text.tsx).

export async function ReceiptStatus({ status, rejectionReason }: Props) {
  const t = await getTranslations("Receipt.status");
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t("heading")}</h2>
      <p className={styles.status}>
        <strong>{t(status)}</strong>
      </p>
      {status === "REJECTED" ? (
        <div className="card">
          <p>
            <strong>{t("reason")}</strong>
          </p>
          <p className="story-text">{rejectionReason?.trim() || t("noReason")}</p>
        </div>
      ) : null}
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import type { AnswerStatus } from "@/generated/prisma/client";
import styles from "./answers.module.css";

// Where the organisation's answer stands, in words: "Väntar på granskning", "Skickat tillbaka
// till er", "Publicerat" (and whether it was published at once and is reviewed afterwards).
export async function AnswerStatusLabel({ status, awaitingReviewAfter }: { status: AnswerStatus | null; awaitingReviewAfter?: boolean }) {
  const t = await getTranslations("Answers.status");
  return (
    <span className={styles.status} data-answer-status={status ?? "NONE"}>
      {t(status ?? "NONE")}
      {awaitingReviewAfter ? ` (${t("reviewAfter")})` : null}
    </span>
  );
}

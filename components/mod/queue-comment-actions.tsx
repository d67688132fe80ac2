"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { commentRejectionLimits } from "@/lib/moderation/schemas";
import styles from "./queue.module.css";

export type DecideComment = (input: { commentId: string; reason?: string }) => Promise<ActionResult<unknown>>;

type Props = { commentId: string; describedBy: string; approve: DecideComment; reject: DecideComment };

// After a decision the item stays in place with a confirmation instead of vanishing, so the
// moderator sees what happened; the next load of the queue no longer lists it.
export function QueueCommentActions({ commentId, describedBy, approve, reject }: Props) {
  const t = useTranslations("Queue");
  const tErrors = useTranslations("Common.errors");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<"approved" | "rejected" | null>(null);
  const [error, setError] = useState<string | null>(null);

  const decide = async (action: DecideComment, outcome: "approved" | "rejected") => {
    setBusy(true);
    setError(null);
    const result = await action({ commentId, reason: reason.trim() || undefined }).catch(() => null);
    setBusy(false);
    if (result?.ok) setDone(outcome);
    else setError(result && tErrors.has(result.message as "UNEXPECTED") ? result.message : "UNEXPECTED");
  };

  if (done) {
    return (
      <p role="status" className="alert success">
        {t(done)}
      </p>
    );
  }
  const reasonId = `skal-${commentId}`;
  return (
    <div>
      {error ? (
        <p role="alert" className="alert error">
          {tErrors(error as "UNEXPECTED")}
        </p>
      ) : null}
      <div className={styles.actions}>
        <button type="button" disabled={busy} aria-describedby={describedBy} onClick={() => void decide(approve, "approved")}>
          {t("approve")}
        </button>
        <div className={styles.reason}>
          <label htmlFor={reasonId}>{t("rejectReason")}</label>
          <input id={reasonId} type="text" maxLength={commentRejectionLimits.reasonMax} value={reason} onChange={(event) => setReason(event.target.value)} />
        </div>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          aria-describedby={describedBy}
          onClick={() => void decide(reject, "rejected")}
        >
          {t("reject")}
        </button>
      </div>
    </div>
  );
}

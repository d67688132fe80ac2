"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { approveCommentAction, rejectCommentAction } from "@/lib/actions/mod/comments";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { commentRejectionLimits } from "@/lib/moderation/schemas";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import styles from "./comment-decision.module.css";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

type Decision = "approve" | "reject";

// Approve or reject one pending comment in place. The outcome replaces the buttons rather than
// reloading the list, so keyboard focus and the moderator's place in the list are kept.
export function CommentDecision({ commentId }: { commentId: string }) {
  const t = useTranslations("CommentModeration");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Review.errors", { commentReasonMax: commentRejectionLimits.reasonMax });
  const [reason, setReason] = useState("");
  const [working, setWorking] = useState<Decision | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const [failure, setFailure] = useState<{ message: string; reasonError?: string } | null>(null);
  const reasonId = `comment-reason-${commentId}`;

  async function decide(decision: Decision) {
    setFailure(null);
    setWorking(decision);
    const action = decision === "approve" ? approveCommentAction : rejectCommentAction;
    const result = await callAction(() => action({ commentId, reason: decision === "reject" ? reason : undefined }));
    setWorking(null);
    if (result.ok) return setDone(decision);
    setFailure({
      message: failureText(result.message),
      reasonError: errorText(result.fieldErrors.reason?.[0]),
    });
  }

  if (done) return <FormMessage kind="success">{done === "approve" ? t("approved") : t("rejected")}</FormMessage>;

  return (
    <div className={styles.decision}>
      <TextField
        id={reasonId}
        className={styles.reason}
        label={t("reasonLabel")}
        hint={t("reasonHint")}
        error={failure?.reasonError}
        type="text"
        autoComplete="off"
        maxLength={commentRejectionLimits.reasonMax}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <FormMessage kind="error">{failure?.message}</FormMessage>
      <div className="row">
        <button type="button" onClick={() => decide("approve")} disabled={working !== null}>
          {working === "approve" ? t("working") : t("approve")}
        </button>
        <button type="button" className="danger" onClick={() => decide("reject")} disabled={working !== null}>
          {working === "reject" ? t("working") : t("reject")}
        </button>
      </div>
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { type ReturnStoryInput, returnCommentLimits, returnStorySchema } from "@/lib/moderation/schemas";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { ConfirmDialog } from "./confirm-dialog";
import styles from "./review.module.css";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

export type ColleagueDecisionLabels = {
  approve: string;
  approveWorking: string;
  confirmTitle: string;
  confirmText: string;
  confirm: string;
  cancel: string;
  returnHeading: string;
  returnComment: string;
  returnHint: string;
  returnButton: string;
  returnWorking: string;
};

type Props = {
  // Null when this moderator may not approve (their own decision, or one gone stale); the server
  // refuses it anyway. Sending back stays open to everyone.
  approve: (() => Promise<ActionResult<unknown>>) | null;
  sendBack: (comment: string) => Promise<ActionResult<unknown>>;
  onDone: (klart: "godkand" | "tillbakaskickad") => void;
  labels: ColleagueDecisionLabels;
  danger?: boolean;
  idPrefix: string;
  headingLevel: "h2" | "h3";
};

// A colleague's answer to a prepared decision, a story's or a reply amendment's: approve behind a
// confirmation that opens on its safe choice, or send back with a comment. What the moderator
// wrote stays in the form when the server refuses it.
export function ColleagueDecisionActions({ approve, sendBack, onDone, labels, danger = false, idPrefix, headingLevel: Heading }: Props) {
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Review.errors", returnCommentLimits);
  const form = useForm<ReturnStoryInput>({ resolver: zodResolver(returnStorySchema), defaultValues: { comment: "" }, mode: "onTouched" });
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState<"approve" | "return" | null>(null);
  const [failure, setFailure] = useState<{ at: "approve" | "return"; text: string } | null>(null);

  async function confirmApproval() {
    if (!approve) return;
    setConfirming(false);
    setFailure(null);
    setWorking("approve");
    const result = await callAction(approve);
    if (!result.ok) {
      setWorking(null);
      return setFailure({ at: "approve", text: failureText(result.message) });
    }
    onDone("godkand");
  }

  async function submitReturn({ comment }: ReturnStoryInput) {
    setFailure(null);
    setWorking("return");
    const result = await callAction(() => sendBack(comment));
    if (!result.ok) {
      setWorking(null);
      if (result.fieldErrors.comment) form.setError("comment", { message: result.fieldErrors.comment[0] });
      return setFailure({ at: "return", text: failureText(result.message) });
    }
    onDone("tillbakaskickad");
  }

  return (
    <>
      {approve ? (
        <>
          <FormMessage kind="error">{failure?.at === "approve" ? failure.text : null}</FormMessage>
          <div className={styles.actions}>
            <button type="button" className={danger ? "danger" : undefined} onClick={() => setConfirming(true)} disabled={working !== null}>
              {working === "approve" ? labels.approveWorking : labels.approve}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            danger={danger}
            title={labels.confirmTitle}
            text={labels.confirmText}
            confirmLabel={labels.confirm}
            cancelLabel={labels.cancel}
            onConfirm={confirmApproval}
            onCancel={() => setConfirming(false)}
          />
        </>
      ) : null}
      <form noValidate onSubmit={form.handleSubmit(submitReturn)} aria-labelledby={`${idPrefix}-heading`}>
        <Heading id={`${idPrefix}-heading`}>{labels.returnHeading}</Heading>
        <TextAreaField
          id={`${idPrefix}-comment`}
          label={labels.returnComment}
          hint={labels.returnHint}
          rows={4}
          maxLength={returnCommentLimits.max}
          error={errorText(form.formState.errors.comment?.message)}
          {...form.register("comment")}
        />
        <FormMessage kind="error">{failure?.at === "return" ? failure.text : null}</FormMessage>
        <button type="submit" className="secondary" disabled={working !== null}>
          {working === "return" ? labels.returnWorking : labels.returnButton}
        </button>
      </form>
    </>
  );
}

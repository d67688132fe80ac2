"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ProofOfWork } from "@/components/altcha/proof-of-work";
import { readProtection, renewProof } from "@/components/altcha/protection-fields";
import type { SubmissionProtection } from "@/lib/abuse/submission-protection";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { commentLimits, commentSchema, type CommentInput, type CommentSubmission } from "@/lib/comments/schemas";
import { CommentBodyField } from "./comment-body-field";
import styles from "./comment-form.module.css";

type Outcome = { kind: "success" | "error"; text: string } | null;
export type SubmitComment = (storyId: string, input: CommentInput, protection: SubmissionProtection) => Promise<ActionResult>;

type Props = {
  storyId: string;
  /** The action comes as a prop, so components never import from app/. */
  submitComment: SubmitComment;
  /** What the reader typed in the plain field before this form loaded (comment-section.tsx). */
  initialBody?: string;
  /** Whether that field had the focus, which then moves here with the caret at the end. */
  focusOnMount?: boolean;
};

// Loaded only when a reader starts a comment (comment-section.tsx), with its heading around it.
export function CommentForm({ storyId, submitComment, initialBody = "", focusOnMount = false }: Props) {
  const t = useTranslations("CommentForm");
  const failureText = useFailureText("CommentForm.failures");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [protectionMessage, setProtectionMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, getValues, reset, setError, formState, control, setValue } = useForm<CommentInput, unknown, CommentSubmission>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: initialBody },
  });

  // Before the browser handles another key press: a key typed between the plain field leaving
  // and this one getting the focus would be lost.
  useLayoutEffect(() => {
    const field = formRef.current?.querySelector("textarea");
    if (!focusOnMount || !field) return;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    // Once, when the form replaces the plain field.
  }, []);

  // The typed text stays in the field on any failure; it is cleared only once the comment is stored.
  const onValid = async () => {
    setOutcome(null);
    setProtectionMessage(null);
    const result = await callAction(() => submitComment(storyId, getValues(), readProtection(formRef.current)));
    renewProof(formRef.current);
    if (result?.ok) {
      reset({ body: "" });
      setOutcome({ kind: "success", text: t("success") });
      return;
    }
    // Proof-of-work and rate-limit refusals are shown beside the send button, where the person is.
    if (result?.fieldErrors.protection) return setProtectionMessage(failureText(result.message));
    const bodyError = result?.fieldErrors.body?.[0];
    if (bodyError) setError("body", { type: "server", message: bodyError }, { shouldFocus: true });
    setOutcome({ kind: "error", text: failureText(result?.message) });
  };

  return (
    <>
      {/* The status region exists before the thanks is put in it, so screen readers announce it. */}
      <div role="status">{outcome?.kind === "success" ? <p className="alert success">{outcome.text}</p> : null}</div>
      <FormMessage kind="error">{outcome?.kind === "error" ? outcome.text : null}</FormMessage>
      <form ref={formRef} noValidate onSubmit={handleSubmit(onValid, () => setOutcome(null))} className={styles.form}>
        <CommentBodyField
          id="comment-body"
          label={t("label")}
          hint={t("hint", { min: commentLimits.bodyMin, max: commentLimits.bodyMax })}
          errorKey={formState.errors.body?.message}
          form={{ register, control, getValues, setValue }}
        />
        <ProofOfWork message={protectionMessage} />
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </>
  );
}

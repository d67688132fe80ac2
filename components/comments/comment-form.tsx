"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { submitComment } from "@/app/berattelser/[id]/comment-actions";
import { ProofOfWork } from "@/components/altcha/proof-of-work";
import { readProtection, renewProof } from "@/components/altcha/protection-fields";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { AutoReplaceNotice } from "@/components/privacy/auto-replace-notice";
import { FieldFindings } from "@/components/privacy/field-findings";
import { commentLimits, commentSchema, type CommentInput, type CommentSubmission } from "@/lib/comments/schemas";
import styles from "./comment-form.module.css";

type ErrorKey = Parameters<ReturnType<typeof useTranslations<"CommentForm.errors">>>[0];
type Outcome = { kind: "success" | "error"; text: string } | null;

export function CommentForm({ storyId }: { storyId: string }) {
  const t = useTranslations("CommentForm");
  const tError = useTranslations("CommentForm.errors");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [protectionMessage, setProtectionMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, getValues, reset, setError, formState, control, setValue } = useForm<CommentInput, unknown, CommentSubmission>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: "" },
  });

  const errorKey = formState.errors.body?.message;
  const error = errorKey ? (tError.has(errorKey as ErrorKey) ? tError(errorKey as ErrorKey, commentLimits) : tError("generic")) : undefined;

  // The typed text stays in the field on any failure; it is cleared only once the comment is stored.
  const onValid = async () => {
    setOutcome(null);
    setProtectionMessage(null);
    const result = await submitComment(storyId, getValues(), readProtection(formRef.current)).catch(() => null);
    renewProof(formRef.current);
    if (result?.ok) {
      reset({ body: "" });
      setOutcome({ kind: "success", text: t("success") });
      return;
    }
    // Proof-of-work and rate-limit refusals are shown beside the send button, where the person is.
    if (result?.fieldErrors.protection) return setProtectionMessage(result.message);
    const bodyError = result?.fieldErrors.body?.[0];
    if (bodyError) setError("body", { type: "server", message: bodyError }, { shouldFocus: true });
    setOutcome({ kind: "error", text: result?.message ?? tError("generic") });
  };

  return (
    <section aria-labelledby="comment-form-heading" className={styles.section}>
      <h2 id="comment-form-heading">{t("heading")}</h2>
      <p>{t("moderated")}</p>
      {/* The status region exists before the thanks is put in it, so screen readers announce it. */}
      <div role="status">{outcome?.kind === "success" ? <p className="alert success">{outcome.text}</p> : null}</div>
      <FormMessage kind="error">{outcome?.kind === "error" ? outcome.text : null}</FormMessage>
      <form ref={formRef} noValidate onSubmit={handleSubmit(onValid, () => setOutcome(null))} className={styles.form}>
        <div className="field">
          <label htmlFor="comment-body">{t("label")}</label>
          <p className="hint" id="comment-body-hint">
            {t("hint", { min: commentLimits.bodyMin, max: commentLimits.bodyMax })}
          </p>
          <textarea
            id="comment-body"
            rows={5}
            aria-describedby={`comment-body-hint ${fieldErrorId("comment-body")}`}
            aria-invalid={error ? true : undefined}
            {...register("body")}
          />
          <FieldError name="comment-body" message={error} />
          <AutoReplaceNotice variant="comment" />
          <FieldFindings<CommentInput> name="body" fieldId="comment-body" field="comment" audience="author" compact form={{ control, getValues, setValue }} />
        </div>
        <ProofOfWork message={protectionMessage} />
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  );
}

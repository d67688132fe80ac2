"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";
import { type CommentInput, type CommentSubmission, commentLimits, commentSchema } from "@/lib/comments/schemas";

type ErrorKey = Parameters<ReturnType<typeof useTranslations<"CommentForm.errors">>>[0];
export type SubmitAuthorComment = (token: string, input: CommentInput) => Promise<ActionResult>;

// The narrator's comment on their own published story, sent with the receipt token. Same
// schema and error texts as a reader's comment; the text stays in the field on any failure.
export function AuthorCommentForm({ token, submitAuthorComment }: { token: string; submitAuthorComment: SubmitAuthorComment }) {
  const t = useTranslations("AuthorControl.comment");
  const tError = useTranslations("CommentForm.errors");
  const [outcome, setOutcome] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const { register, handleSubmit, getValues, reset, setError, formState } = useForm<CommentInput, unknown, CommentSubmission>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: "" },
  });
  const errorKey = formState.errors.body?.message;
  const error = errorKey ? (tError.has(errorKey as ErrorKey) ? tError(errorKey as ErrorKey, commentLimits) : tError("generic")) : undefined;

  const onValid = async () => {
    setOutcome(null);
    const result = await submitAuthorComment(token, getValues()).catch(() => null);
    if (result?.ok) {
      reset({ body: "" });
      setOutcome({ kind: "success", text: t("success") });
      return;
    }
    const bodyError = result?.fieldErrors.body?.[0];
    if (bodyError) setError("body", { type: "server", message: bodyError }, { shouldFocus: true });
    setOutcome({ kind: "error", text: result?.message ?? t("serverError") });
  };

  return (
    <section aria-labelledby="author-comment-heading">
      <h2 id="author-comment-heading">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <div role="status">{outcome?.kind === "success" ? <p className="alert success">{outcome.text}</p> : null}</div>
      <FormMessage kind="error">{outcome?.kind === "error" ? outcome.text : null}</FormMessage>
      <form noValidate onSubmit={handleSubmit(onValid, () => setOutcome(null))}>
        <div className="field">
          <label htmlFor="author-comment">{t("label")}</label>
          <p className="hint" id="author-comment-hint">
            {t("hint", { min: commentLimits.bodyMin, max: commentLimits.bodyMax })}
          </p>
          <textarea
            id="author-comment"
            rows={5}
            aria-describedby={`author-comment-hint ${fieldErrorId("author-comment")}`}
            aria-invalid={error ? true : undefined}
            {...register("body")}
          />
          <FieldError name="author-comment" message={error} />
        </div>
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  );
}

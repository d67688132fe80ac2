"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { CommentBodyField } from "@/components/comments/comment-body-field";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";
import { type CommentInput, type CommentSubmission, commentLimits, commentSchema } from "@/lib/comments/schemas";

export type SubmitAuthorComment = (token: string, input: CommentInput) => Promise<ActionResult>;

// The narrator's comment on their own published story, sent with the receipt token. The same
// field as a reader's comment, with its live personal-data highlighting; the text stays in the
// field on any failure.
// `intro` replaces the usual one when the page has more to say (an organisation has answered).
export function AuthorCommentForm({
  token,
  submitAuthorComment,
  intro,
}: {
  token: string;
  submitAuthorComment: SubmitAuthorComment;
  intro?: string;
}) {
  const t = useTranslations("AuthorControl.comment");
  const failureText = useFailureText("AuthorControl.comment.failures");
  const [outcome, setOutcome] = useState<{ kind: "success" | "error"; text: string } | null>(null);
  const { register, handleSubmit, getValues, reset, setError, formState, control, setValue } = useForm<CommentInput, unknown, CommentSubmission>({
    resolver: zodResolver(commentSchema),
    defaultValues: { body: "" },
  });

  const onValid = async () => {
    setOutcome(null);
    const result = await callAction(() => submitAuthorComment(token, getValues()));
    if (result?.ok) {
      reset({ body: "" });
      setOutcome({ kind: "success", text: t("success") });
      return;
    }
    const bodyError = result?.fieldErrors.body?.[0];
    if (bodyError) setError("body", { type: "server", message: bodyError }, { shouldFocus: true });
    setOutcome({ kind: "error", text: failureText(result?.message) });
  };

  return (
    <section aria-labelledby="author-comment-heading">
      <h2 id="author-comment-heading">{t("heading")}</h2>
      <p>{intro ?? t("intro")}</p>
      <div role="status">{outcome?.kind === "success" ? <p className="alert success">{outcome.text}</p> : null}</div>
      <FormMessage kind="error">{outcome?.kind === "error" ? outcome.text : null}</FormMessage>
      <form noValidate onSubmit={handleSubmit(onValid, () => setOutcome(null))}>
        <CommentBodyField
          id="author-comment"
          label={t("label")}
          hint={t("hint", { min: commentLimits.bodyMin, max: commentLimits.bodyMax })}
          errorKey={formState.errors.body?.message}
          form={{ register, control, getValues, setValue }}
        />
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </section>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import reviewStyles from "@/components/mod/review/review.module.css";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import {
  approveAnswerAction,
  approveChangeMarkAction,
  markAnswerReviewedAction,
  markChangeMarkReviewedAction,
  publishAnswerAction,
  publishChangeMarkAction,
  rejectAnswerAction,
  rejectChangeMarkAction,
  returnAnswerAction,
  returnChangeMarkAction,
  returnPreparedAnswerAction,
  returnPreparedChangeMarkAction,
  takeDownAnswerAction,
  takeDownChangeMarkAction,
} from "@/lib/actions/mod/answers";
import type { ActionResult } from "@/lib/actions/result";
import { type AnswerCommentInput, answerCommentLimits, answerCommentSchema } from "@/lib/answers/moderation-schemas";
import { type Klart, routes } from "@/lib/routes";

// What the moderator may do with an answer or one change mark, from where it stands:
// waiting (publish or prepare, send back to the organisation, reject), prepared by a colleague
// (approve unless it is one's own, or send back to the preparer), public (take down, and on the
// fast track mark as reviewed). Each call carries the version the page showed; the server checks
// every rule again, this only leaves out buttons that cannot work.
export type DecisionState = "pending" | "awaitingColleague" | "publishedUnreviewed" | "published" | "closed";

type Props = {
  answerId: string;
  target: { kind: "answer"; id: string; version: number } | { kind: "mark"; id: string; version: number };
  state: DecisionState;
  own: boolean;
  reviewInForce: boolean;
  // A mark on an answer that still waits is published with the answer, not on its own.
  publishable: boolean;
  headingLevel: "h3" | "h4";
};

type Run = () => Promise<ActionResult<unknown>>;

export function DecisionActions({ answerId, target, state, own, reviewInForce, publishable, headingLevel }: Props) {
  const t = useTranslations("AnswerModeration.actions");
  const failureText = useFailureText("AnswerModeration.failures");
  const router = useRouter();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ids = { answerId: target.id, markId: target.id, version: target.version };
  const isAnswer = target.kind === "answer";
  const prefix = `${target.kind}-${target.id}`;

  const done = (klart: Klart<"answer">) => router.push(routes.mod.answer(answerId, { klart }));

  async function press(run: Run, klart: (data: unknown) => Klart<"answer">) {
    setFailure(null);
    setWorking(true);
    const result = await callAction(run);
    if (!result.ok) {
      setWorking(false);
      return setFailure(failureText(result.message));
    }
    done(klart("data" in result ? result.data : null));
  }

  const publishedOrPrepared = (data: unknown) => ((data as { outcome?: string } | null)?.outcome === "prepared" ? "forberedd" : "publicerad");
  const comment = (heading: string, label: string, hint: string, button: string, klart: Klart<"answer">, send: (comment: string) => Promise<ActionResult<unknown>>, danger = false) => (
    <CommentDecision
      key={`${prefix}-${klart}`}
      id={`${prefix}-${klart}`}
      headingLevel={headingLevel}
      labels={{ heading, label, hint, button, working: t("working") }}
      danger={danger}
      disabled={working}
      send={send}
      onDone={() => done(klart)}
    />
  );

  if (state === "closed") return null;
  return (
    <div role="group" aria-label={isAnswer ? t("answerLabel") : t("markLabel")}>
      <FormMessage kind="error">{failure}</FormMessage>
      {state === "pending" && publishable ? (
        <>
          {reviewInForce ? <p className="hint">{t("prepareHint")}</p> : null}
          <div className={reviewStyles.actions}>
            <button type="button" disabled={working} onClick={() => press(() => (isAnswer ? publishAnswerAction(ids) : publishChangeMarkAction(ids)), publishedOrPrepared)}>
              {working ? t("working") : reviewInForce ? t("prepare") : t("publish")}
            </button>
          </div>
        </>
      ) : null}
      {state === "awaitingColleague" ? (
        <>
          {own ? (
            <p className="hint">{t("own")}</p>
          ) : (
            <div className={reviewStyles.actions}>
              <button type="button" disabled={working} onClick={() => press(() => (isAnswer ? approveAnswerAction(ids) : approveChangeMarkAction(ids)), () => "godkand")}>
                {working ? t("working") : t("approve")}
              </button>
            </div>
          )}
          {comment(t("returnPreparedHeading"), t("returnPreparedLabel"), t("returnPreparedHint"), t("returnPreparedButton"), "tillbakaskickad", (text) =>
            isAnswer ? returnPreparedAnswerAction({ ...ids, comment: text }) : returnPreparedChangeMarkAction({ ...ids, comment: text }),
          )}
        </>
      ) : null}
      {state === "pending" || state === "awaitingColleague" ? (
        <>
          {comment(t("returnHeading"), t("returnLabel"), t("returnHint"), t("returnButton"), "returnerad", (text) =>
            isAnswer ? returnAnswerAction({ ...ids, comment: text }) : returnChangeMarkAction({ ...ids, comment: text }),
          )}
          {comment(t("rejectHeading"), t("rejectLabel"), t("rejectHint"), t("rejectButton"), "avslagen", (text) =>
            isAnswer ? rejectAnswerAction({ ...ids, comment: text }) : rejectChangeMarkAction({ ...ids, comment: text }),
          true)}
        </>
      ) : null}
      {state === "publishedUnreviewed" ? (
        <div className={reviewStyles.actions}>
          <button type="button" className="secondary" disabled={working} onClick={() => press(() => (isAnswer ? markAnswerReviewedAction(ids) : markChangeMarkReviewedAction(ids)), () => "granskad")}>
            {working ? t("working") : t("reviewed")}
          </button>
        </div>
      ) : null}
      {state === "publishedUnreviewed" || state === "published"
        ? comment(t("takeDownHeading"), t("takeDownLabel"), isAnswer ? t("takeDownAnswerHint") : t("takeDownMarkHint"), t("takeDownButton"), "nedtagen", (text) =>
            isAnswer ? takeDownAnswerAction({ ...ids, comment: text }) : takeDownChangeMarkAction({ ...ids, comment: text }),
          true)
        : null}
    </div>
  );
}

type CommentLabels = { heading: string; label: string; hint: string; button: string; working: string };

// A decision that needs words: a send-back's comment, a rejection's or take-down's reason. The
// text stays in the field when the server refuses it.
function CommentDecision({
  id,
  headingLevel: Heading,
  labels,
  danger,
  disabled,
  send,
  onDone,
}: {
  id: string;
  headingLevel: "h3" | "h4";
  labels: CommentLabels;
  danger: boolean;
  disabled: boolean;
  send: (comment: string) => Promise<ActionResult<unknown>>;
  onDone: () => void;
}) {
  const failureText = useFailureText("AnswerModeration.failures");
  const errorText = useFieldErrorText("AnswerModeration.errors", answerCommentLimits);
  const form = useForm<AnswerCommentInput>({ resolver: zodResolver(answerCommentSchema), defaultValues: { comment: "" }, mode: "onTouched" });
  const [failure, setFailure] = useState<string | null>(null);

  async function submit({ comment }: AnswerCommentInput) {
    setFailure(null);
    const result = await callAction(() => send(comment));
    if (!result.ok) {
      if (result.fieldErrors.comment) form.setError("comment", { message: result.fieldErrors.comment[0] });
      return setFailure(failureText(result.message));
    }
    onDone();
  }

  const submitting = form.formState.isSubmitting;
  return (
    <form noValidate onSubmit={form.handleSubmit(submit)} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{labels.heading}</Heading>
      <TextAreaField
        id={`${id}-comment`}
        label={labels.label}
        hint={labels.hint}
        rows={3}
        maxLength={answerCommentLimits.max}
        error={errorText(form.formState.errors.comment?.message)}
        {...form.register("comment")}
      />
      <FormMessage kind="error">{failure}</FormMessage>
      <button type="submit" className={danger ? "danger" : "secondary"} disabled={disabled || submitting}>
        {submitting ? labels.working : labels.button}
      </button>
    </form>
  );
}

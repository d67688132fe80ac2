"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { prepareRejectionAction, rejectStoryAction } from "@/lib/actions/mod/stories";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import {
  type StoryRejectionInput,
  type StoryRejectionValues,
  rejectionLimits,
  storyRejectionSchema,
} from "@/lib/moderation/schemas";
import { routes } from "@/lib/routes";
import { REJECTION_REASON_PLACEHOLDER } from "@/lib/templates/rejection-template";
import { placeholderSample, renderTemplate } from "@/lib/templates/render-template";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { ConfirmDialog } from "./confirm-dialog";
import styles from "./review.module.css";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

type Props = {
  storyId: string;
  version: number;
  template: { title: string; body: string } | null;
  /** Colleague review is in force: the rejection goes to a colleague for approval. */
  colleagueReview: boolean;
  /** The reason prepared before a colleague sent the decision back. */
  initialReason?: string | null;
};

// The author reads the text in the big field. It starts as the "Vi kan inte publicera" template
// with the short reason filled in, and follows the short reason until the moderator edits it.
export function RejectStoryForm({ storyId, version, template, colleagueReview, initialReason }: Props) {
  const t = useTranslations("Review");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Review.errors", { reasonMin: rejectionLimits.reasonMin, reasonMax: rejectionLimits.reasonMax, placeholder: placeholderSample });
  const router = useRouter();
  const render = (reason: string) => (template ? renderTemplate(template.body, { [REJECTION_REASON_PLACEHOLDER]: reason }) : "");
  const form = useForm<StoryRejectionInput, unknown, StoryRejectionValues>({
    resolver: zodResolver(storyRejectionSchema),
    defaultValues: { reason: initialReason ?? render("") },
    mode: "onTouched",
  });
  const [shortReason, setShortReason] = useState("");
  const [edited, setEdited] = useState(Boolean(initialReason));
  const [toReject, setToReject] = useState<StoryRejectionValues | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const reasonError = errorText(form.formState.errors.reason?.message);

  function fill(reason: string) {
    form.setValue("reason", render(reason), { shouldValidate: form.formState.isSubmitted });
  }

  async function reject() {
    const values = toReject;
    setToReject(null);
    if (!values) return;
    setFailure(null);
    setWorking(true);
    const decide = colleagueReview ? prepareRejectionAction : rejectStoryAction;
    const result = await callAction(() => decide({ storyId, version, ...values }));
    if (!result.ok) {
      setWorking(false);
      if (result.fieldErrors.reason) form.setError("reason", { message: result.fieldErrors.reason[0] });
      return setFailure(failureText(result.message));
    }
    router.push(routes.mod.queue({ klart: colleagueReview ? "forberedd" : "avslagen" }));
  }

  return (
    <section className={styles.reject} aria-labelledby="reject-heading">
      <h2 id="reject-heading">{t("reject.heading")}</h2>
      <p className="hint">{t("reject.hint")}</p>
      <form noValidate onSubmit={form.handleSubmit((values) => setToReject(values))} aria-labelledby="reject-heading">
        <TextField
          id="reject-short"
          label={t("reject.shortReason")}
          hint={
            template
              ? t("reject.shortReasonHint", { template: template.title, placeholder: `{{${REJECTION_REASON_PLACEHOLDER}}}` })
              : t("reject.shortReasonHintNoTemplate")
          }
          type="text"
          autoComplete="off"
          maxLength={rejectionLimits.shortReasonMax}
          disabled={!template}
          value={shortReason}
          onChange={(event) => {
            setShortReason(event.target.value);
            if (!edited) fill(event.target.value);
          }}
        />
        <TextAreaField
          id="reject-reason"
          errorName="reason"
          label={t("reject.reason")}
          hint={t("reject.reasonHint", { min: rejectionLimits.reasonMin, max: rejectionLimits.reasonMax })}
          error={reasonError}
          rows={12}
          {...form.register("reason", { onChange: () => setEdited(true) })}
        />
        <FormMessage kind="error">{failure}</FormMessage>
        <div className={styles.actions}>
          <button type="submit" className="danger" disabled={working}>
            {working ? (colleagueReview ? t("prepare.working") : t("reject.working")) : colleagueReview ? t("prepare.rejectButton") : t("reject.button")}
          </button>
          {template && edited ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setEdited(false);
                fill(shortReason);
              }}
            >
              {t("reject.refill")}
            </button>
          ) : null}
        </div>
      </form>
      <ConfirmDialog
        open={toReject !== null}
        danger
        title={colleagueReview ? t("prepare.rejectConfirmTitle") : t("reject.confirmTitle")}
        text={colleagueReview ? t("prepare.rejectConfirmText") : t("reject.confirmText")}
        confirmLabel={colleagueReview ? t("prepare.rejectConfirm") : t("reject.confirm")}
        cancelLabel={t("cancel")}
        onConfirm={reject}
        onCancel={() => setToReject(null)}
      />
    </section>
  );
}

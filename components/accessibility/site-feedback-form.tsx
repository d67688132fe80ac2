"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ProofOfWork } from "@/components/altcha/proof-of-work";
import { readProtection, renewProof } from "@/components/altcha/protection-fields";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { useReplacedKinds } from "@/components/privacy/auto-replace-notice";
import { FieldFindings } from "@/components/privacy/field-findings";
import type { SubmissionProtection } from "@/lib/abuse/submission-protection";
import type { ActionResult } from "@/lib/actions/result";
import { siteFeedbackLimits, siteFeedbackSchema, type SiteFeedbackInput, type SiteFeedbackSubmission } from "@/lib/site-feedback/schemas";

export type SubmitSiteFeedback = (input: SiteFeedbackInput, protection: SubmissionProtection) => Promise<ActionResult>;

type Outcome = { kind: "success" | "error"; text: string } | null;

// The accessibility statement's feedback form: the same guards as the comment form (the shared
// schema, the proof of work and the honeypot), the same live highlighting of personal data and
// the same promise of what the server replaces. What was typed stays on any failure.
export function SiteFeedbackForm({ submitSiteFeedback }: { submitSiteFeedback: SubmitSiteFeedback }) {
  const t = useTranslations("Accessibility.form");
  const failureText = useFailureText("Accessibility.form.failures");
  const errorText = useFieldErrorText("Accessibility.form.errors", siteFeedbackLimits);
  const kinds = useReplacedKinds();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [protectionMessage, setProtectionMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { register, handleSubmit, getValues, reset, setError, formState, control, setValue } = useForm<SiteFeedbackInput, unknown, SiteFeedbackSubmission>({
    resolver: zodResolver(siteFeedbackSchema),
    defaultValues: { body: "", pageUrl: "" },
  });

  const onValid = async () => {
    setOutcome(null);
    setProtectionMessage(null);
    const result = await callAction(() => submitSiteFeedback(getValues(), readProtection(formRef.current)));
    renewProof(formRef.current);
    if (result.ok) {
      reset({ body: "", pageUrl: "" });
      setOutcome({ kind: "success", text: t("success") });
      return;
    }
    // Proof-of-work and rate-limit refusals are shown beside the send button, where the person is.
    if (result.fieldErrors.protection) return setProtectionMessage(failureText(result.message));
    for (const name of ["body", "pageUrl"] as const) {
      const key = result.fieldErrors[name]?.[0];
      if (key) setError(name, { type: "server", message: key }, { shouldFocus: true });
    }
    setOutcome({ kind: "error", text: failureText(result.message) });
  };

  return (
    <>
      {/* The status region exists before the thanks is put in it, so screen readers announce it. */}
      <div role="status">{outcome?.kind === "success" ? <p className="alert success">{outcome.text}</p> : null}</div>
      <FormMessage kind="error">{outcome?.kind === "error" ? outcome.text : null}</FormMessage>
      <form ref={formRef} noValidate onSubmit={handleSubmit(onValid, () => setOutcome(null))}>
        <TextAreaField
          id="feedback-body"
          label={t("bodyLabel")}
          hint={t("bodyHint", { min: siteFeedbackLimits.bodyMin, max: siteFeedbackLimits.bodyMax })}
          error={errorText(formState.errors.body?.message)}
          rows={5}
          after={
            <>
              <p className="hint">{t("replaceNotice", { kinds })}</p>
              <FieldFindings<SiteFeedbackInput>
                name="body"
                fieldId="feedback-body"
                field={{ fieldName: t("fieldName") }}
                audience="author"
                compact
                form={{ control, getValues, setValue }}
              />
            </>
          }
          {...register("body")}
        />
        <TextField
          id="feedback-page"
          label={t("pageUrlLabel")}
          hint={t("pageUrlHint")}
          error={errorText(formState.errors.pageUrl?.message)}
          type="text"
          inputMode="url"
          autoComplete="off"
          {...register("pageUrl")}
        />
        <ProofOfWork message={protectionMessage} />
        <button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t("submitting") : t("submit")}
        </button>
      </form>
    </>
  );
}

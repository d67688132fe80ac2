"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { FormProvider, useForm, type UseFormReturn } from "react-hook-form";
import { ProofOfWork } from "@/components/altcha/proof-of-work";
import { readProtection, renewProof } from "@/components/altcha/protection-fields";
import type { SubmissionProtection } from "@/lib/abuse/submission-protection";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";
import { storySubmissionSchema, type StorySubmission } from "@/lib/stories/schemas";
import { ConsentField } from "./consent-field";
import { DangerFieldset } from "./danger-fieldset";
import { ErrorSummary } from "./error-summary";
import { LanguageSelect } from "./language-select";
import { usePageLocale } from "@/components/i18n/use-page-locale";
import { MunicipalitySelect } from "./municipality-select";
import { RoleFieldset } from "./role-fieldset";
import { emptyStoryForm, storyFieldOrder, type StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";
import { TagFieldset, type TagOption } from "./tag-fieldset";
import { TextFields } from "./text-fields";
import { useStoryDraft } from "./use-story-draft";

// On success the action redirects to the receipt page, so it only ever resolves with a failure.
export type SubmitStory = (input: StoryFormValues, protection: SubmissionProtection) => Promise<ActionResult>;

type Props = { tags: TagOption[]; submitStory: SubmitStory };

export function StoryForm({ tags, submitStory }: Props) {
  const t = useTranslations("StoryForm");
  const locale = usePageLocale();
  const failureText = useFailureText("StoryForm.failures");
  const form = useForm<StoryFormValues, unknown, StorySubmission>({
    resolver: zodResolver(storySubmissionSchema),
    defaultValues: { ...emptyStoryForm, language: locale },
    shouldFocusError: true,
  });
  useStoryDraft(form);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [protectionMessage, setProtectionMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The raw values go to the server, which parses them with the same schema; nothing typed is
  // cleared on failure, so the author can fix one thing and send again.
  const onValid = async () => {
    setServerMessage(null);
    setProtectionMessage(null);
    const result = await callAction(() => submitStory(form.getValues(), readProtection(formRef.current)));
    // Success redirects to the receipt page.
    if (result?.ok) return;
    renewProof(formRef.current);
    if (!result) return setServerMessage(failureText("UNEXPECTED"));
    // Proof-of-work and rate-limit refusals are shown beside the send button, where the person is.
    if (result.fieldErrors.protection) return setProtectionMessage(failureText(result.message));
    showServerErrors(form, result.fieldErrors);
    setServerMessage(failureText(result.message));
  };

  const onInvalid = () => setServerMessage(null);

  return (
    <FormProvider {...form}>
      <form ref={formRef} noValidate onSubmit={form.handleSubmit(onValid, onInvalid)}>
        <ErrorSummary errors={form.formState.errors} serverMessage={serverMessage} />
        <TextFields />
        <LanguageSelect />
        <TagFieldset tags={tags} />
        <MunicipalitySelect />
        <RoleFieldset />
        <DangerFieldset />
        <ConsentField />
        <ProofOfWork message={protectionMessage} />
        <div className={styles.actions}>
          <button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("submitting") : t("submit")}
          </button>
        </div>
        <p className="hint">{t("draftNote")}</p>
      </form>
    </FormProvider>
  );
}

function showServerErrors(form: UseFormReturn<StoryFormValues, unknown, StorySubmission>, fieldErrors: Record<string, string[]>) {
  const invalid = storyFieldOrder.filter((field) => fieldErrors[field]?.length);
  invalid.forEach((field, index) => {
    form.setError(field, { type: "server", message: fieldErrors[field][0] }, { shouldFocus: index === 0 });
  });
}

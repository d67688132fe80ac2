"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { AutoReplaceNotice } from "@/components/privacy/auto-replace-notice";
import { FieldFindings } from "@/components/privacy/field-findings";
import { storyLimits } from "@/lib/stories/schemas";
import { BodyCount } from "./body-count";
import type { StoryFormValues } from "./story-form-values";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

export function TextFields() {
  const t = useTranslations("StoryForm");
  const errorText = useFieldErrorText("StoryForm.errors", storyLimits);
  const { register, formState } = useFormContext<StoryFormValues>();
  const titleError = errorText(formState.errors.title?.message);
  const bodyError = errorText(formState.errors.body?.message);

  return (
    <>
      <div className="field">
        <label htmlFor="title">{t("title.label")}</label>
        <p className="hint" id="title-hint">
          {t("title.hint", { min: storyLimits.titleMin, max: storyLimits.titleMax })}
        </p>
        <input
          id="title"
          type="text"
          autoComplete="off"
          aria-describedby={`title-hint ${fieldErrorId("title")}`}
          aria-invalid={titleError ? true : undefined}
          {...register("title")}
        />
        <FieldError name="title" message={titleError} />
        <FieldFindings<StoryFormValues> name="title" fieldId="title" field="title" audience="author" />
      </div>

      <div className="field">
        <label htmlFor="body">{t("body.label")}</label>
        <p className="hint" id="body-hint">
          {t("body.hint", { min: storyLimits.bodyMin, max: storyLimits.bodyMax })}
        </p>
        <textarea
          id="body"
          rows={16}
          aria-describedby={`body-hint body-count body-privacy ${fieldErrorId("body")}`}
          aria-invalid={bodyError ? true : undefined}
          {...register("body")}
        />
        <BodyCount id="body-count" />
        <FieldError name="body" message={bodyError} />
        <AutoReplaceNotice variant="story" id="body-privacy" />
        <FieldFindings<StoryFormValues> name="body" fieldId="body" field="body" audience="author" />
      </div>
    </>
  );
}

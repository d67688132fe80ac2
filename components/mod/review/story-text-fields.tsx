"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { FieldFindings } from "@/components/privacy/field-findings";
import { normaliseText, storyLimits } from "@/lib/stories/schemas";
import type { ReviewFormValues } from "./review-form-types";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

export function StoryTextFields() {
  const t = useTranslations("Review.edit");
  const errorText = useFieldErrorText("Review.errors", storyLimits);
  const { register, control, formState } = useFormContext<ReviewFormValues>();
  const body = useWatch({ control, name: "body" }) ?? "";
  const titleError = errorText(formState.errors.title?.message);
  const bodyError = errorText(formState.errors.body?.message);

  return (
    <>
      <div className="field">
        <label htmlFor="review-title">{t("title")}</label>
        <p className="hint" id="review-title-hint">
          {t("titleHint", { min: storyLimits.titleMin, max: storyLimits.titleMax })}
        </p>
        <input
          id="review-title"
          type="text"
          autoComplete="off"
          aria-describedby={`review-title-hint ${fieldErrorId("title")}`}
          aria-invalid={titleError ? true : undefined}
          {...register("title")}
        />
        <FieldError name="title" message={titleError} />
        <FieldFindings<ReviewFormValues> name="title" fieldId="review-title" field="title" audience="moderator" />
      </div>
      <div className="field">
        <label htmlFor="review-body">{t("body")}</label>
        <p className="hint" id="review-body-hint">
          {t("bodyHint", { min: storyLimits.bodyMin, max: storyLimits.bodyMax })}{" "}
          {t("bodyCount", { count: normaliseText(body).length })}
        </p>
        <textarea
          id="review-body"
          rows={18}
          aria-describedby={`review-body-hint ${fieldErrorId("body")}`}
          aria-invalid={bodyError ? true : undefined}
          {...register("body")}
        />
        <FieldError name="body" message={bodyError} />
        <FieldFindings<ReviewFormValues> name="body" fieldId="review-body" field="body" audience="moderator" />
      </div>
    </>
  );
}

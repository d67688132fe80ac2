"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import type { StoryFormValues } from "./story-form-values";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

export function ConsentField() {
  const t = useTranslations("StoryForm.consent");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.consent?.message);

  return (
    <fieldset className="field">
      <legend>{t("legend")}</legend>
      <p id="consent-moderators">{t("moderators")}</p>
      <p id="consent-public-record">{t("publicRecord")}</p>
      <label className="checkbox-row" htmlFor="consent">
        <input
          id="consent"
          type="checkbox"
          aria-describedby={`consent-moderators consent-public-record ${fieldErrorId("consent")}`}
          aria-invalid={error ? true : undefined}
          {...register("consent")}
        />
        <span>{t("label")}</span>
      </label>
      <FieldError name="consent" message={error} />
    </fieldset>
  );
}

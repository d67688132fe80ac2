"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { fieldErrorId } from "@/components/forms/field-error";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import type { StoryFormValues } from "./story-form-values";

// The one checkbox carries the two paragraphs and the error itself, so the group does not
// read them a second time.
export function ConsentField() {
  const t = useTranslations("StoryForm.consent");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.consent?.message);

  return (
    <ChoiceFieldset id="consent" legend={t("legend")} error={error} describe={false}>
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
    </ChoiceFieldset>
  );
}

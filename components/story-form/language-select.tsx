"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { SelectField } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { localeNames, localeTags, locales } from "@/lib/locales";
import type { StoryFormValues } from "./story-form-values";

// The language the story is written in: the page's language unless the author picks another.
// Each choice is its language's own name, marked with its `lang`, so it reads right whatever
// the page's language.
export function LanguageSelect() {
  const t = useTranslations("StoryLanguage.field");
  const errorText = useFieldErrorText("StoryLanguage.errors");
  const { register, formState } = useFormContext<StoryFormValues>();

  return (
    <SelectField id="language" label={t("label")} hint={t("hint")} error={errorText(formState.errors.language?.message)} {...register("language")}>
      {locales.map((locale) => (
        <option key={locale} value={locale} lang={localeTags[locale]}>
          {localeNames[locale]}
        </option>
      ))}
    </SelectField>
  );
}

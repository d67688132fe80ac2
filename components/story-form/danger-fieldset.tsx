"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { dangerAnswers } from "@/lib/stories/schemas";
import type { StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";

// Asked outright, because no list of phrases recognises every way of saying that someone is
// in danger. A ticked box puts the story at the top of the queue and shows the emergency
// numbers as soon as it is sent. Left out of the saved draft, like consent.
export function DangerFieldset() {
  const t = useTranslations("StoryForm.danger");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.danger?.message);

  return (
    <ChoiceFieldset id="danger" legend={t("legend")} hint={t("hint")} error={error}>
      <ul className={styles.choices}>
        {dangerAnswers.map((answer) => (
          <li key={answer}>
            <label className="checkbox-row" htmlFor={`danger-${answer}`}>
              <input id={`danger-${answer}`} type="checkbox" value={answer} {...register("danger")} />
              <span>{t(answer)}</span>
            </label>
          </li>
        ))}
      </ul>
    </ChoiceFieldset>
  );
}

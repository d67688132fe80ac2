"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { authorRoles } from "@/lib/stories/schemas";
import { storyFieldIds, type StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

export function RoleFieldset() {
  const t = useTranslations("StoryForm.role");
  const errorText = useFieldErrorText("StoryForm.errors");
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.authorRole?.message);
  const choices = [
    ...authorRoles.map((role) => ({ value: role, id: `authorRole-${role}`, label: t(role) })),
    { value: "", id: storyFieldIds.authorRole, label: t("none") },
  ];

  return (
    <fieldset className="field" aria-describedby={fieldErrorId("authorRole")}>
      <legend>{t("legend")}</legend>
      <ul className={styles.choices}>
        {choices.map((choice) => (
          <li key={choice.id}>
            <label className="checkbox-row" htmlFor={choice.id}>
              <input
                id={choice.id}
                type="radio"
                value={choice.value}
                aria-invalid={error ? true : undefined}
                {...register("authorRole")}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError name="authorRole" message={error} />
    </fieldset>
  );
}

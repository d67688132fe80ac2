"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { authorRoles } from "@/lib/stories/schemas";
import { storyFieldIds, type StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";

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
    <ChoiceFieldset id="authorRole" legend={t("legend")} error={error}>
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
    </ChoiceFieldset>
  );
}

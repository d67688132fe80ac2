"use client";

import { useTranslations } from "next-intl";
import type { FieldErrors } from "react-hook-form";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { storyLimits } from "@/lib/stories/schemas";
import { storyFieldIds, storyFieldOrder, type StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";

type Props = { errors: FieldErrors<StoryFormValues>; serverMessage: string | null };

// The list at the top after a failed send, in field order, each line a link to its field.
export function ErrorSummary({ errors, serverMessage }: Props) {
  const t = useTranslations("StoryForm.summary");
  const errorText = useFieldErrorText("StoryForm.errors", storyLimits);
  // The language field's messages live with the field (messages/*/story-language.json).
  const languageErrorText = useFieldErrorText("StoryLanguage.errors");
  const items = storyFieldOrder
    .map((field) => {
      const error = errors[field] as { message?: string; root?: { message?: string } } | undefined;
      const text = (field === "language" ? languageErrorText : errorText)(error?.message ?? error?.root?.message);
      return { field, text };
    })
    .filter((item): item is { field: keyof StoryFormValues; text: string } => Boolean(item.text));

  if (items.length === 0 && !serverMessage) return null;
  return (
    <div className={`alert error ${styles.summary}`} role="alert">
      {items.length > 0 ? (
        <>
          <h2 className={styles.summaryHeading}>{t("heading")}</h2>
          <ul>
            {items.map((item) => (
              <li key={item.field}>
                <a href={`#${storyFieldIds[item.field]}`}>{item.text}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className={styles.summaryHeading}>{serverMessage}</p>
      )}
    </div>
  );
}

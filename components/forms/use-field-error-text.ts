"use client";

import { useTranslations } from "next-intl";

type ErrorNamespace =
  | "StoryForm.errors"
  | "StoryLanguage.errors"
  | "CommentForm.errors"
  | "Review.errors"
  | "Templates.errors"
  | "Tags.errors"
  | "Queue.handover.errors"
  | "Review.notes.errors"
  | "Facts.errors"
  | "HouseStyle.errors"
  | "Organisations.errors"
  | "Organisations.invitation.errors"
  | "AnswerModeration.errors"
  | "Answers.errors"
  | "Accessibility.form.errors";
type Translate = ((key: string, values?: ErrorValues) => string) & { has: (key: string) => boolean };

/** The numbers a field's messages quote, under the names the messages use ({titleMin}, {replyMax} …). */
export type ErrorValues = Record<string, string | number>;

// Schema messages are keys, so the schemas stay language-free. Each form passes the limits its
// schema enforces, so the numbers quoted are the ones enforced. An unknown key (a rule added
// without text) still gives a readable line.
export function useFieldErrorText(namespace: ErrorNamespace, values: ErrorValues = {}) {
  const t = useTranslations(namespace) as unknown as Translate;
  return (key: string | undefined) => {
    if (!key) return undefined;
    return t.has(key) ? t(key, values) : t("generic");
  };
}

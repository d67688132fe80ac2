"use client";

import { useTranslations } from "next-intl";
import type { FailureCode } from "@/lib/errors/app-error";

// Where a form words some failure codes its own way; every other code falls back to Common.errors.
export type OwnWording =
  | "StoryForm.failures"
  | "CommentForm.failures"
  | "AuthorControl.edit.failures"
  | "AuthorControl.comment.failures"
  | "Accounts.errors"
  | "Accounts.shift.errors"
  | "SiteSecurity.errors"
  | "AnswerModeration.failures"
  | "Answers.failures"
  | "Accessibility.form.failures";

// The one place a server action's failure code (a key such as "RATE_LIMITED") becomes text: the
// form's own wording if it has one, else the shared one under Common.errors, else UNEXPECTED,
// so a code without a text of its own still gives the person something readable.
export function useFailureText(own?: OwnWording) {
  const t = useTranslations();
  return (code: FailureCode | null | undefined): string => {
    const keys = own ? [`${own}.${code}`, `Common.errors.${code}`] : [`Common.errors.${code}`];
    for (const key of keys) {
      if (code && t.has(key as never)) return t(key as never);
    }
    return own && t.has(`${own}.UNEXPECTED` as never) ? t(`${own}.UNEXPECTED` as never) : t("Common.errors.UNEXPECTED");
  };
}

"use client";

import { useTranslations } from "next-intl";

// The forms that may word a failure code their own way, under `<namespace>.failures`.
export type FailureNamespace = "StoryForm" | "CommentForm" | "AuthorControl.edit" | "AuthorControl.comment";

// The one place a server action's failure code (a key such as "RATE_LIMITED") becomes text: the
// form's own wording if it has one, else the shared one under Common.errors, else UNEXPECTED,
// so a code added later still gives the person something readable.
export function useFailureText(namespace: FailureNamespace) {
  const t = useTranslations();
  return (code: string | null | undefined): string => {
    for (const key of [`${namespace}.failures.${code}`, `Common.errors.${code}`]) {
      if (code && t.has(key as never)) return t(key as never);
    }
    return t.has(`${namespace}.failures.UNEXPECTED` as never) ? t(`${namespace}.failures.UNEXPECTED` as never) : t("Common.errors.UNEXPECTED");
  };
}

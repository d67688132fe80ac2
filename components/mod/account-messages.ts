"use client";

import { useTranslations } from "next-intl";

type AccountErrorKey = `errors.${"nameRequired" | "CONFLICT" | "unstorableCharacter"}`;

// The account forms' field errors (zod keys, and CONFLICT at the e-mail field) in Swedish. A
// failure of the whole form goes through useFailureText("Accounts.errors").
export function useAccountErrorText() {
  const t = useTranslations("Accounts");
  const tCommon = useTranslations("Common.errors");
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const own = `errors.${key}` as AccountErrorKey;
    return t.has(own) ? t(own) : tCommon("UNEXPECTED");
  };
}

"use client";

import { useTranslations } from "next-intl";

type AccountErrorKey = `errors.${"nameRequired" | "CONFLICT" | "unstorableCharacter"}`;

// Zod keys and AppError codes from the account actions, in Swedish. Codes with a message
// specific to accounts (CONFLICT, INVALID_STATE) use it; the rest use Common.errors.
export function useAccountErrorText() {
  const t = useTranslations("Accounts");
  const tCommon = useTranslations("Common.errors");
  return (key: string | undefined): string | undefined => {
    if (!key) return undefined;
    const own = `errors.${key}` as AccountErrorKey;
    if (t.has(own)) return t(own);
    const common = key as "UNEXPECTED";
    return tCommon.has(common) ? tCommon(common) : tCommon("UNEXPECTED");
  };
}

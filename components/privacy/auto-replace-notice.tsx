"use client";

import { useLocale, useTranslations } from "next-intl";
import { STORAGE_REDACTED_KINDS } from "@/lib/privacy/storage-redacted-kinds";

// The kinds the server replaces, as a list in words: read from the same constant
// redactForStorage uses, so a promise made with it cannot drift from the code.
export function useReplacedKinds(): string {
  const t = useTranslations("PersonalData");
  // In the page's language: "och", "ja", "and".
  const locale = useLocale();
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(STORAGE_REDACTED_KINDS.map((kind) => t(`plural.${kind as "personnummer"}`)));
}

// Says, before anything is sent, exactly which kinds the server replaces.
export function AutoReplaceNotice({ variant, id }: { variant: "story" | "comment"; id?: string }) {
  const t = useTranslations("PersonalData");
  const kinds = useReplacedKinds();
  return (
    <p className="hint" id={id}>
      {variant === "story" ? t("authorNotice", { kinds }) : t("commentNotice", { kinds })}
    </p>
  );
}

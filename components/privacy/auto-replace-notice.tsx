"use client";

import { useLocale, useTranslations } from "next-intl";
import { STORAGE_REDACTED_KINDS } from "@/lib/privacy/storage-redacted-kinds";

// Says, before anything is sent, exactly which kinds the server replaces: the list is read
// from the same constant redactForStorage uses, so the promise cannot drift from the code.
export function AutoReplaceNotice({ variant, id }: { variant: "story" | "comment"; id?: string }) {
  const t = useTranslations("PersonalData");
  // In the page's language: "och", "ja", "and".
  const kinds = new Intl.ListFormat(useLocale(), { type: "conjunction" }).format(
    STORAGE_REDACTED_KINDS.map((kind) => t(`plural.${kind as "personnummer"}`)),
  );
  return (
    <p className="hint" id={id}>
      {variant === "story" ? t("authorNotice", { kinds }) : t("commentNotice", { kinds })}
    </p>
  );
}

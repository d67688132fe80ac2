"use client";

import { useTranslations } from "next-intl";
import { storyLimits } from "@/lib/stories/schemas";

type ErrorKey = Parameters<ReturnType<typeof useTranslations<"StoryForm.errors">>>[0];

// Schema messages are keys, so the schema stays language-free; unknown keys (a future rule
// without text yet) still give the author something readable.
export function useStoryErrorText() {
  const t = useTranslations("StoryForm.errors");
  return (key: string | undefined) => {
    if (!key) return undefined;
    return t.has(key as ErrorKey) ? t(key as ErrorKey, storyLimits) : t("generic");
  };
}

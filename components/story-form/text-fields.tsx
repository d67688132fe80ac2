"use client";

import { useTranslations } from "next-intl";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { AutoReplaceNotice } from "@/components/privacy/auto-replace-notice";
import { storyLimits } from "@/lib/stories/schemas";
import { BodyCount } from "./body-count";
import { TitleBodyFields } from "./title-body-fields";

// The author's title and body, on the story form and on the receipt page's edit.
export function TextFields() {
  const t = useTranslations("StoryForm");
  const errorText = useFieldErrorText("StoryForm.errors", storyLimits);

  return (
    <TitleBodyFields
      audience="author"
      text={{
        title: t("title.label"),
        titleHint: t("title.hint", { min: storyLimits.titleMin, max: storyLimits.titleMax }),
        body: t("body.label"),
        bodyHint: t("body.hint", { min: storyLimits.bodyMin, max: storyLimits.bodyMax }),
      }}
      errorText={errorText}
      bodyRows={16}
      bodyDescribedBy="body-count body-privacy"
      bodyAfter={
        <>
          <BodyCount id="body-count" />
          <AutoReplaceNotice variant="story" id="body-privacy" />
        </>
      }
    />
  );
}

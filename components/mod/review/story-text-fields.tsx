"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useWatch } from "react-hook-form";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { TitleBodyFields } from "@/components/story-form/title-body-fields";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { storyLimits } from "@/lib/stories/schemas";
import type { ReviewFormValues } from "./review-form-types";

// The moderator's edit of the story's title and body; the count of what the server will count
// sits in the body's hint.
export function StoryTextFields() {
  const t = useTranslations("Review.edit");
  const errorText = useFieldErrorText("Review.errors", storyLimits);
  const { control } = useFormContext<ReviewFormValues>();
  const body = useWatch({ control, name: "body" }) ?? "";

  return (
    <TitleBodyFields
      idPrefix="review-"
      audience="moderator"
      text={{
        title: t("title"),
        titleHint: t("titleHint", { min: storyLimits.titleMin, max: storyLimits.titleMax }),
        body: t("body"),
        bodyHint: `${t("bodyHint", { min: storyLimits.bodyMin, max: storyLimits.bodyMax })} ${t("bodyCount", { count: normaliseText(body).length })}`,
      }}
      errorText={errorText}
      bodyRows={18}
    />
  );
}

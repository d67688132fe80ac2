"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { storyLimits } from "@/lib/stories/schemas";
import type { ReviewFormValues, TagOption } from "./review-form-types";
import styles from "./review.module.css";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";

// `selected`: the story's themes when the page was drawn. register() ticks the boxes only once
// the page is hydrated, so without defaultChecked the server's HTML shows them unticked, and a
// moderator who saves before hydration would see, and could save, a story without its themes.
export function TagCheckboxes({ tags, selected }: { tags: TagOption[]; selected: string[] }) {
  const t = useTranslations("Review.edit");
  const errorText = useFieldErrorText("Review.errors", { tagsMax: storyLimits.tagsMax });
  const { register, formState } = useFormContext<ReviewFormValues>();
  const error = errorText(formState.errors.tagIds?.message);

  return (
    <fieldset className="field" aria-describedby={`review-tags-hint ${fieldErrorId("tagIds")}`}>
      <legend>{t("tags")}</legend>
      <p className="hint" id="review-tags-hint">
        {t("tagsHint")}
      </p>
      <div className={styles.tagGrid}>
        {tags.map((tag) => (
          <label key={tag.id} className="checkbox-row">
            <input type="checkbox" value={tag.id} defaultChecked={selected.includes(tag.id)} {...register("tagIds")} />
            {tag.name}
          </label>
        ))}
      </div>
      <FieldError name="tagIds" message={error} />
    </fieldset>
  );
}

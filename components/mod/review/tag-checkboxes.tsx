"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { storyLimits } from "@/lib/stories/schemas";
import type { ReviewFormValues, TagOption } from "./review-form-types";
import styles from "./review.module.css";

// `selected`: the story's themes when the page was drawn. register() ticks the boxes only once
// the page is hydrated, so without defaultChecked the server's HTML shows them unticked, and a
// moderator who saves before hydration would see, and could save, a story without its themes.
export function TagCheckboxes({ tags, selected }: { tags: TagOption[]; selected: string[] }) {
  const t = useTranslations("Review.edit");
  const errorText = useFieldErrorText("Review.errors", { tagsMax: storyLimits.tagsMax });
  const { register, formState } = useFormContext<ReviewFormValues>();
  const error = errorText(formState.errors.tagIds?.message);

  return (
    <ChoiceFieldset id="review-tags" errorName="tagIds" legend={t("tags")} hint={t("tagsHint")} error={error}>
      <div className={styles.tagGrid}>
        {tags.map((tag) => (
          <label key={tag.id} className="checkbox-row">
            <input type="checkbox" value={tag.id} defaultChecked={selected.includes(tag.id)} {...register("tagIds")} />
            {tag.name}
          </label>
        ))}
      </div>
    </ChoiceFieldset>
  );
}

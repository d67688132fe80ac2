"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { storyLimits } from "@/lib/stories/schemas";
import type { TagSummary } from "@/lib/tags/list-tags";
import { storyFieldIds, type StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";

export type TagOption = Pick<TagSummary, "id" | "name" | "description">;

export function TagFieldset({ tags }: { tags: TagOption[] }) {
  const t = useTranslations("StoryForm.tags");
  const errorText = useFieldErrorText("StoryForm.errors", storyLimits);
  const { register, formState } = useFormContext<StoryFormValues>();
  const error = errorText(formState.errors.tagIds?.message ?? formState.errors.tagIds?.root?.message);

  return (
    <ChoiceFieldset id="tags" errorName="tagIds" legend={t("legend")} hint={t("hint")} error={error}>
      <ul className={styles.choices}>
        {tags.map((tag, index) => {
          const id = index === 0 ? storyFieldIds.tagIds : `tag-${tag.id}`;
          return (
            <li key={tag.id}>
              <label className="checkbox-row" htmlFor={id}>
                <input
                  id={id}
                  type="checkbox"
                  value={tag.id}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={tag.description ? `${id}-desc` : undefined}
                  {...register("tagIds")}
                />
                <span>
                  {tag.name}
                  {tag.description ? (
                    <span id={`${id}-desc`} className={styles.choiceHint}>
                      {tag.description}
                    </span>
                  ) : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </ChoiceFieldset>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm, useWatch } from "react-hook-form";
import { createTagAction, updateTagAction } from "@/lib/actions/mod/tags";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { routes } from "@/lib/routes";
import { type TagInput, type TagValues, tagLimits, tagSchema } from "@/lib/tags/schemas";
import { slugify } from "@/lib/tags/slugify";
import styles from "./tag-form.module.css";

type Props = {
  tag?: { id: string; slug: string; name: string; description: string; nameFi: string; nameEn: string; descriptionFi: string; descriptionEn: string };
};

const noTranslations = { nameFi: "", nameEn: "", descriptionFi: "", descriptionEn: "" };

// Creates a theme, or with `tag` renames it and gives it Finnish and English names (the create
// form stays short: a theme is named in Swedish first and translated when edited). A new
// theme's address is previewed as it is typed; an existing theme keeps its address.
export function TagForm({ tag }: Props) {
  const t = useTranslations("Tags.form");
  const tLanguages = useTranslations("ModerationLanguages.tagForm");
  const tTags = useTranslations("Tags.errors");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Tags.errors", tagLimits);
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TagInput, unknown, TagValues>({
    resolver: zodResolver(tagSchema),
    defaultValues: {
      name: tag?.name ?? "",
      description: tag?.description ?? "",
      nameFi: tag?.nameFi ?? "",
      nameEn: tag?.nameEn ?? "",
      descriptionFi: tag?.descriptionFi ?? "",
      descriptionEn: tag?.descriptionEn ?? "",
    },
    mode: "onTouched",
  });
  const name = useWatch({ control: form.control, name: "name" }) ?? "";
  const { errors, isSubmitting } = form.formState;
  const nameError = errorText(errors.name?.message);
  const descriptionError = errorText(errors.description?.message);
  const prefix = tag ? `tag-${tag.id}` : "new-tag";
  const slug = tag?.slug ?? slugify(name);
  const field = (key: "name" | "description") => ({ id: `${prefix}-${key}`, label: t(key), ...form.register(key) });
  const translated = (key: keyof typeof noTranslations) => ({
    id: `${prefix}-${key}`,
    label: tLanguages(key),
    error: errorText(errors[key]?.message),
    ...form.register(key),
  });

  async function save(values: TagValues) {
    setFailure(null);
    const result = await callAction<unknown>(() =>
      tag ? updateTagAction({ ...values, tagId: tag.id }) : createTagAction(values),
    );
    if (result.ok) {
      if (!tag) form.reset({ name: "", description: "", ...noTranslations });
      return router.push(routes.mod.tags({ klart: tag ? "sparat" : "skapat" }));
    }
    if (result.message === "CONFLICT") return form.setError("name", { message: "conflict" }, { shouldFocus: true });
    for (const [field, keys] of Object.entries(result.fieldErrors)) {
      form.setError(field as Path<TagInput>, { message: keys[0] });
    }
    setFailure(failureText(result.message));
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextField
        {...field("name")}
        hint={
          <>
            {t("nameHint", { min: tagLimits.nameMin, max: tagLimits.nameMax })}{" "}
            {slug ? (tag ? t("slugFixed", { slug }) : t("slugPreview", { slug })) : null}
          </>
        }
        error={errors.name?.message === "conflict" ? tTags("conflict") : nameError}
        type="text"
        autoComplete="off"
      />
      <TextAreaField
        {...field("description")}
        hint={t("descriptionHint", { max: tagLimits.descriptionMax })}
        error={descriptionError}
        className={styles.description}
        rows={3}
      />
      {tag ? (
        <fieldset className="field">
          <legend>{tLanguages("legend")}</legend>
          <p className="hint">{tLanguages("hint")}</p>
          <TextField {...translated("nameFi")} type="text" autoComplete="off" lang="fi" />
          <TextAreaField {...translated("descriptionFi")} className={styles.description} rows={2} lang="fi" />
          <TextField {...translated("nameEn")} type="text" autoComplete="off" lang="en" />
          <TextAreaField {...translated("descriptionEn")} className={styles.description} rows={2} lang="en" />
        </fieldset>
      ) : null}
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : tag ? t("save") : t("create")}
      </button>
    </form>
  );
}

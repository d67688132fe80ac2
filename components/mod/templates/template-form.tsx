"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { createTemplateAction, updateTemplateAction } from "@/lib/actions/mod/templates";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, TextAreaField, TextField } from "@/components/forms/text-field";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import styles from "./template-form.module.css";
import { locales } from "@/lib/locales";
import { routes } from "@/lib/routes";
import { REJECTION_REASON_PLACEHOLDER } from "@/lib/templates/rejection-template";
import { type TemplateInput, type TemplateValues, templateLimits, templateSchema } from "@/lib/templates/schemas";

type Props = { templateId?: string; initial?: TemplateInput };

const empty: TemplateInput = { title: "", body: "", sortOrder: 0, active: true, language: "sv" };

// One form for creating and editing; with a templateId it saves that template.
export function TemplateForm({ templateId, initial = empty }: Props) {
  const t = useTranslations("Templates.form");
  const tPage = useTranslations("Templates");
  const tLanguages = useTranslations("ModerationLanguages");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Templates.errors", templateLimits);
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<TemplateInput, unknown, TemplateValues>({
    resolver: zodResolver(templateSchema),
    defaultValues: initial,
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof TemplateInput) => errorText(errors[name]?.message);

  async function save(values: TemplateValues) {
    setFailure(null);
    const result = await callAction<unknown>(() =>
      templateId ? updateTemplateAction({ ...values, templateId }) : createTemplateAction(values),
    );
    if (result.ok) return router.push(routes.mod.templates({ klart: templateId ? "sparad" : "skapad" }));
    for (const [field, keys] of Object.entries(result.fieldErrors)) {
      form.setError(field as Path<TemplateInput>, { message: keys[0] });
    }
    setFailure(failureText(result.message));
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextField
        id="template-title"
        errorName="title"
        label={t("title")}
        hint={t("titleHint", { min: templateLimits.titleMin, max: templateLimits.titleMax })}
        error={error("title")}
        type="text"
        autoComplete="off"
        {...form.register("title")}
      />
      <SelectField
        id="template-language"
        errorName="language"
        label={tLanguages("templateForm.language")}
        hint={tLanguages("templateForm.languageHint")}
        error={error("language")}
        {...form.register("language")}
      >
        {locales.map((locale) => (
          <option key={locale} value={locale}>
            {tLanguages(`languages.${locale}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="template-body"
        errorName="body"
        label={t("body")}
        hint={t("bodyHint", { min: templateLimits.bodyMin, max: templateLimits.bodyMax })}
        before={
          <p className="hint" id="template-placeholder-help">
            {tPage("placeholderHelp", { placeholder: `{{${REJECTION_REASON_PLACEHOLDER}}}` })}
          </p>
        }
        aria-describedby="template-placeholder-help"
        error={error("body")}
        rows={16}
        {...form.register("body")}
      />
      <TextField
        id="template-sort"
        errorName="sortOrder"
        className={styles.number}
        label={t("sortOrder")}
        hint={t("sortOrderHint", { max: templateLimits.sortOrderMax })}
        error={error("sortOrder")}
        type="number"
        inputMode="numeric"
        min={0}
        max={templateLimits.sortOrderMax}
        step={1}
        {...form.register("sortOrder", { valueAsNumber: true })}
      />
      <div className="field">
        <label className="checkbox-row" htmlFor="template-active">
          <input id="template-active" type="checkbox" {...form.register("active")} />
          {t("active")}
        </label>
      </div>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : templateId ? t("save") : t("create")}
      </button>
    </form>
  );
}

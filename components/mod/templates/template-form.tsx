"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { createTemplateAction, updateTemplateAction } from "@/lib/actions/mod/templates";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import styles from "./template-form.module.css";
import { routes } from "@/lib/routes";
import { REJECTION_REASON_PLACEHOLDER } from "@/lib/templates/rejection-template";
import { type TemplateInput, type TemplateValues, templateLimits, templateSchema } from "@/lib/templates/schemas";

type Props = { templateId?: string; initial?: TemplateInput };

const empty: TemplateInput = { title: "", body: "", sortOrder: 0, active: true };

// One form for creating and editing; with a templateId it saves that template.
export function TemplateForm({ templateId, initial = empty }: Props) {
  const t = useTranslations("Templates.form");
  const tPage = useTranslations("Templates");
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
      <div className="field">
        <label htmlFor="template-title">{t("title")}</label>
        <p className="hint" id="template-title-hint">
          {t("titleHint", { min: templateLimits.titleMin, max: templateLimits.titleMax })}
        </p>
        <input
          id="template-title"
          type="text"
          autoComplete="off"
          aria-describedby={`template-title-hint ${fieldErrorId("title")}`}
          aria-invalid={error("title") ? true : undefined}
          {...form.register("title")}
        />
        <FieldError name="title" message={error("title")} />
      </div>
      <div className="field">
        <label htmlFor="template-body">{t("body")}</label>
        <p className="hint" id="template-body-hint">
          {t("bodyHint", { min: templateLimits.bodyMin, max: templateLimits.bodyMax })}
        </p>
        <p className="hint" id="template-placeholder-help">
          {tPage("placeholderHelp", { placeholder: `{{${REJECTION_REASON_PLACEHOLDER}}}` })}
        </p>
        <textarea
          id="template-body"
          rows={16}
          aria-describedby={`template-body-hint template-placeholder-help ${fieldErrorId("body")}`}
          aria-invalid={error("body") ? true : undefined}
          {...form.register("body")}
        />
        <FieldError name="body" message={error("body")} />
      </div>
      <div className="field">
        <label htmlFor="template-sort">{t("sortOrder")}</label>
        <p className="hint" id="template-sort-hint">
          {t("sortOrderHint", { max: templateLimits.sortOrderMax })}
        </p>
        <input
          id="template-sort"
          className={styles.number}
          type="number"
          inputMode="numeric"
          min={0}
          max={templateLimits.sortOrderMax}
          step={1}
          aria-describedby={`template-sort-hint ${fieldErrorId("sortOrder")}`}
          aria-invalid={error("sortOrder") ? true : undefined}
          {...form.register("sortOrder", { valueAsNumber: true })}
        />
        <FieldError name="sortOrder" message={error("sortOrder")} />
      </div>
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

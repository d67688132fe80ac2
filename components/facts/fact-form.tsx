"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { createFactAction, updateFactAction } from "@/lib/actions/mod/facts";
import { type CreateFactInput, type CreateFactValues, createFactSchema, factLimits } from "@/lib/facts/schemas";
import { routes } from "@/lib/routes";
import { factReference } from "@/lib/templates/render-template";

type Props = { factId?: string; initial?: CreateFactInput };

const empty: CreateFactInput = { key: "", label: "", value: "", labelFi: "", valueFi: "", labelEn: "", valueEn: "", sourceUrl: "https://", owner: "" };
const translations = [
  ["labelFi", "valueFi"],
  ["labelEn", "valueEn"],
] as const;

// One form for adding and changing a fact. With a factId it saves that fact; its key is shown
// but cannot change, since templates quote it.
export function FactForm({ factId, initial = empty }: Props) {
  const t = useTranslations("Facts.form");
  const tr = useTranslations("Facts.translations");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Facts.errors", { ...factLimits, braces: "{{ }}" });
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<CreateFactInput, unknown, CreateFactValues>({ resolver: zodResolver(createFactSchema), defaultValues: initial, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;
  const error = (name: keyof CreateFactInput) => errorText(errors[name]?.message);
  const prefix = factId ? "fact-edit" : "fact-new";

  async function save(values: CreateFactValues) {
    setFailure(null);
    const result = await callAction<unknown>(() => (factId ? updateFactAction({ ...values, factId }) : createFactAction(values)));
    if (result.ok) {
      const id = factId ?? (result.data as { id: string }).id;
      const changed = factId ? (result.data as { changed: boolean }).changed : true;
      return router.push(routes.mod.fact(id, { klart: factId ? (changed ? "sparad" : "oforandrad") : "skapad" }));
    }
    if (result.message === "CONFLICT") form.setError("key", { message: "keyTaken" });
    for (const [field, keys] of Object.entries(result.fieldErrors)) form.setError(field as Path<CreateFactInput>, { message: keys[0] });
    setFailure(failureText(result.message));
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextField
        id={`${prefix}-key`}
        label={t("key")}
        hint={t("keyHint", { keyMax: factLimits.keyMax, reference: factReference("nyckel") })}
        error={error("key")}
        autoComplete="off"
        spellCheck={false}
        readOnly={factId !== undefined}
        maxLength={factLimits.keyMax}
        {...form.register("key")}
      />
      <TextField
        id={`${prefix}-label`}
        label={t("label")}
        hint={t("labelHint", { labelMin: factLimits.labelMin, labelMax: factLimits.labelMax })}
        error={error("label")}
        autoComplete="off"
        {...form.register("label")}
      />
      <TextField
        id={`${prefix}-value`}
        label={t("value")}
        hint={t("valueHint", { valueMax: factLimits.valueMax })}
        error={error("value")}
        autoComplete="off"
        {...form.register("value")}
      />
      <fieldset>
        <legend>{tr("legend")}</legend>
        <p className="hint">{tr("hint")}</p>
        {translations.map(([label, value]) => (
          <div key={label}>
            <TextField
              id={`${prefix}-${label}`}
              label={tr(label)}
              error={error(label)}
              autoComplete="off"
              maxLength={factLimits.labelMax}
              {...form.register(label)}
            />
            <TextField
              id={`${prefix}-${value}`}
              label={tr(value)}
              hint={tr("valueHint")}
              error={error(value)}
              autoComplete="off"
              maxLength={factLimits.valueMax}
              {...form.register(value)}
            />
          </div>
        ))}
      </fieldset>
      <TextField
        id={`${prefix}-source`}
        label={t("sourceUrl")}
        hint={t("sourceUrlHint")}
        error={error("sourceUrl")}
        type="url"
        inputMode="url"
        autoComplete="off"
        {...form.register("sourceUrl")}
      />
      <TextField
        id={`${prefix}-owner`}
        label={t("owner")}
        hint={t("ownerHint")}
        error={error("owner")}
        autoComplete="off"
        {...form.register("owner")}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : factId ? t("save") : t("create")}
      </button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { SelectField, TextAreaField, TextField } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { answerLimits, changeKinds } from "@/lib/answers/schemas";
import { AnswerFindings } from "./answer-findings";

type Mark = { markKind: string; markDescription: string; markedOn: string };

// The answer form, the edit form and the mark form have different values; these fields read
// only the names they render, so they take any of them.
export type LooseForm = UseFormReturn<Record<string, unknown>, unknown, unknown>;
export function loose(form: object): LooseForm {
  return form as unknown as LooseForm;
}

export function useAnswerErrorText() {
  return useFieldErrorText("Answers.errors", { ...answerLimits });
}

// The answer's text with its findings under it.
export function AnswerBodyField({ form, id = "body" }: { form: LooseForm; id?: string }) {
  const t = useTranslations("Answers.form");
  const errorText = useAnswerErrorText();
  const name = "body";
  const value = (useWatch({ control: form.control, name }) as string | undefined) ?? "";
  const error = form.formState.errors.body?.message;
  return (
    <TextAreaField
      id={id}
      errorName="body"
      rows={10}
      label={t("bodyLabel")}
      hint={t("bodyHint", { ...answerLimits })}
      error={errorText(typeof error === "string" ? error : undefined)}
      aria-describedby={`${id}-findings`}
      after={<AnswerFindings id={`${id}-findings`} text={value} summary="findingsSummary" />}
      {...form.register(name)}
    />
  );
}

// A change mark's kind, description and day. `optional` adds "no mark now" for the answer form.
export function MarkFields({
  form,
  idPrefix,
  optional,
  minDay,
  today,
}: {
  form: LooseForm;
  idPrefix: string;
  optional: boolean;
  minDay: string;
  today: string;
}) {
  const t = useTranslations("Answers.form");
  const kinds = useTranslations("Answers.kinds");
  const errorText = useAnswerErrorText();
  const errors = form.formState.errors as Partial<Record<keyof Mark, { message?: unknown }>>;
  const message = (field: keyof Mark) => errorText(typeof errors[field]?.message === "string" ? (errors[field]?.message as string) : undefined);
  const description = (useWatch({ control: form.control, name: "markDescription" }) as string | undefined) ?? "";
  return (
    <>
      <SelectField id={`${idPrefix}markKind`} label={t("markKindLabel")} error={message("markKind")} {...form.register("markKind")}>
        {optional ? <option value="">{t("markKindNone")}</option> : null}
        {changeKinds.map((kind) => (
          <option key={kind} value={kind}>
            {kinds(kind)}
          </option>
        ))}
      </SelectField>
      <TextField
        id={`${idPrefix}markDescription`}
        type="text"
        autoComplete="off"
        maxLength={answerLimits.descriptionMax + 50}
        label={t("markDescriptionLabel")}
        hint={t("markDescriptionHint", { ...answerLimits })}
        error={message("markDescription")}
        aria-describedby={`${idPrefix}markDescription-findings`}
        after={<AnswerFindings id={`${idPrefix}markDescription-findings`} text={description} summary="findingsSummaryDescription" />}
        {...form.register("markDescription")}
      />
      <TextField
        id={`${idPrefix}markedOn`}
        type="date"
        min={minDay}
        max={today}
        label={t("markedOnLabel")}
        hint={t("markedOnHint")}
        error={message("markedOn")}
        {...form.register("markedOn")}
      />
    </>
  );
}

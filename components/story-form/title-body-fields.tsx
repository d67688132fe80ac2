"use client";

import type { ReactNode } from "react";
import { useFormContext } from "react-hook-form";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { FieldFindings } from "@/components/privacy/field-findings";
import type { FindingAudience } from "@/components/privacy/finding-list";

type TitleBody = { title: string; body: string };

type Props = {
  /** Put before the ids "title" and "body", so the moderator's fields have ids of their own. */
  idPrefix?: string;
  audience: FindingAudience;
  /** The form's own texts: each form reads its own message namespace. */
  text: { title: string; titleHint: ReactNode; body: string; bodyHint: ReactNode };
  errorText: (key: string | undefined) => string | undefined;
  bodyRows: number;
  /** Shown under the body's error line, before the findings; name its ids in bodyDescribedBy. */
  bodyAfter?: ReactNode;
  bodyDescribedBy?: string;
};

// A story's title and body with their personal-data findings: the author's form, the author's
// edit on the receipt page and the moderator's review all write a story through these.
export function TitleBodyFields({ idPrefix = "", audience, text, errorText, bodyRows, bodyAfter, bodyDescribedBy }: Props) {
  const { register, formState } = useFormContext<TitleBody>();
  // The error line keeps the form field's name as its id, which the summary and tests use.
  const field = (name: keyof TitleBody, hint: ReactNode, shownAfter?: ReactNode) => ({
    id: `${idPrefix}${name}`,
    errorName: name,
    label: text[name],
    hint,
    error: errorText(formState.errors[name]?.message),
    after: (
      <>
        {shownAfter}
        <FieldFindings<TitleBody> name={name} fieldId={`${idPrefix}${name}`} field={name} audience={audience} />
      </>
    ),
    ...register(name),
  });

  return (
    <>
      <TextField type="text" autoComplete="off" {...field("title", text.titleHint)} />
      <TextAreaField rows={bodyRows} aria-describedby={bodyDescribedBy} {...field("body", text.bodyHint, bodyAfter)} />
    </>
  );
}

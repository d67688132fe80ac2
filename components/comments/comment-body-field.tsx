"use client";

import type { Control, UseFormGetValues, UseFormRegister, UseFormSetValue } from "react-hook-form";
import { TextAreaField } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { AutoReplaceNotice } from "@/components/privacy/auto-replace-notice";
import { FieldFindings } from "@/components/privacy/field-findings";
import { type CommentInput, commentLimits } from "@/lib/comments/schemas";

type Props = {
  id: string;
  label: string;
  hint: string;
  errorKey?: string;
  form: {
    register: UseFormRegister<CommentInput>;
    control: Control<CommentInput>;
    getValues: UseFormGetValues<CommentInput>;
    setValue: UseFormSetValue<CommentInput>;
  };
};

// The comment text field of both comment forms, the reader's and the author's on the receipt
// page: the same limits, error texts, notice of what is replaced on sending, and live
// highlighting of personal data while typing.
export function CommentBodyField({ id, label, hint, errorKey, form }: Props) {
  const errorText = useFieldErrorText("CommentForm.errors", commentLimits);
  const { register, control, getValues, setValue } = form;
  return (
    <TextAreaField
      id={id}
      label={label}
      hint={hint}
      error={errorText(errorKey)}
      rows={5}
      after={
        <>
          <AutoReplaceNotice variant="comment" />
          <FieldFindings<CommentInput> name="body" fieldId={id} field="comment" audience="author" compact form={{ control, getValues, setValue }} />
        </>
      }
      {...register("body")}
    />
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { type Control, type FieldValues, type Path, type PathValue, useFormContext, useWatch } from "react-hook-form";
import { applyReplacements } from "@/lib/privacy/apply-replacements";
import type { Finding } from "@/lib/privacy/types";
import { type FindingAudience, FindingList } from "./finding-list";
import { FindingsAnnouncer } from "./findings-announcer";
import { locateFinding, useDebouncedFindings } from "./use-debounced-findings";

type FormHandle<T extends FieldValues> = {
  control: Control<T>;
  getValues: (name: Path<T>) => unknown;
  setValue: (name: Path<T>, value: PathValue<T, Path<T>>, options?: { shouldDirty?: boolean; shouldValidate?: boolean }) => void;
};

type Props<T extends FieldValues> = {
  name: Path<T>;
  fieldId: string;
  // Names the field in the list and the announcements: one of PersonalData.fields, or, for a form
  // whose field is not among them, `fieldName` in that form's own words.
  field: "title" | "body" | "comment" | { fieldName: string };
  audience: FindingAudience;
  compact?: boolean;
  // For forms without a FormProvider (the comment form); otherwise the form in context is used.
  form?: FormHandle<T>;
};

// Findings for one text field of a react-hook-form form: the same list for the author, the
// commenter and the moderator. A replacement goes through setValue, so the draft copy and the
// moderator's unsaved edit see it like any typed change.
export function FieldFindings<T extends FieldValues>({ name, fieldId, field, audience, compact, form }: Props<T>) {
  const t = useTranslations("PersonalData");
  const context = useFormContext<T>();
  const { control, getValues, setValue } = (form ?? context) as FormHandle<T>;
  const value = (useWatch({ control, name }) as string | undefined) ?? "";
  const { checked, checkNow } = useDebouncedFindings(value);
  const [replaced, setReplaced] = useState("");
  const focusAfter = useRef<number | null>(null);
  const listId = `${fieldId}-findings`;
  const fieldName = typeof field === "string" ? t(`fields.${field}`) : field.fieldName;

  const replace = (finding: Finding, index: number) => {
    const current = String(getValues(name) ?? "");
    const target = locateFinding(current, finding);
    if (!target) return checkNow(current);
    const next = applyReplacements(current, [target]);
    setValue(name, next as PathValue<T, Path<T>>, { shouldDirty: true });
    checkNow(next);
    setReplaced(t("replaced", { text: target.text, replacement: target.replacement }));
    focusAfter.current = index;
    // The caret waits right after the replacement for when the author goes back to the field.
    const element = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    const caret = target.start + target.replacement.length;
    element?.setSelectionRange(caret, caret);
  };

  // After a replacement the button pressed is gone: focus the next one in the list, or go back
  // to the field when there is nothing left to replace.
  useEffect(() => {
    if (focusAfter.current === null) return;
    const index = focusAfter.current;
    focusAfter.current = null;
    const buttons = document.querySelectorAll<HTMLButtonElement>(`#${CSS.escape(listId)} [data-finding-replace]`);
    const next = buttons[Math.min(index, buttons.length - 1)];
    if (next) next.focus();
    else document.getElementById(fieldId)?.focus();
  }, [checked, fieldId, listId]);

  return (
    <>
      <FindingList
        id={listId}
        text={checked.text}
        findings={checked.findings}
        fieldName={fieldName}
        audience={audience}
        compact={compact}
        onReplace={replace}
      />
      <FindingsAnnouncer count={checked.findings.length} fieldName={fieldName} replaced={replaced} />
    </>
  );
}

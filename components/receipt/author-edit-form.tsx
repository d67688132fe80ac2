"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useLocalHref } from "@/components/i18n/use-local-href";
import { TextFields } from "@/components/story-form/text-fields";
import type { ActionResult } from "@/lib/actions/result";
import { routes } from "@/lib/routes";
import { type AuthorEdit, type AuthorEditInput, authorEditSchema } from "@/lib/stories/author-edit-schema";

export type SaveAuthorEdit = (token: string, input: AuthorEditInput) => Promise<ActionResult>;

type Props = { token: string; initial: AuthorEditInput; saveAuthorEdit: SaveAuthorEdit };

// The same title and body fields, limits and messages as the story form. On success the action
// redirects to the receipt page; on failure the text stays as typed.
export function AuthorEditForm({ token, initial, saveAuthorEdit }: Props) {
  const t = useTranslations("AuthorControl.edit");
  const localHref = useLocalHref();
  const failureText = useFailureText("AuthorControl.edit.failures");
  const form = useForm<AuthorEditInput, unknown, AuthorEdit>({
    resolver: zodResolver(authorEditSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });
  const [message, setMessage] = useState<string | null>(null);

  const onValid = async () => {
    setMessage(null);
    const result = await callAction(() => saveAuthorEdit(token, form.getValues()));
    // Success redirects to the receipt page.
    if (result?.ok) return;
    if (!result) return setMessage(failureText("UNEXPECTED"));
    for (const field of ["title", "body"] as const) {
      const key = result.fieldErrors[field]?.[0];
      if (key) form.setError(field, { type: "server", message: key }, { shouldFocus: true });
    }
    setMessage(failureText(result.message));
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onValid, () => setMessage(failureText("INVALID_INPUT")))}>
        <FormMessage kind="error">{message}</FormMessage>
        <TextFields />
        <div className="row">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("saving") : t("save")}
          </button>
          <Link href={localHref(routes.receipt(token))}>{t("cancel")}</Link>
        </div>
      </form>
    </FormProvider>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextFields } from "@/components/story-form/text-fields";
import type { ActionFailure } from "@/lib/actions/result";
import { type AuthorEdit, type AuthorEditInput, authorEditSchema } from "@/lib/stories/author-edit-schema";

export type SaveAuthorEdit = (token: string, input: AuthorEditInput) => Promise<ActionFailure | undefined>;

type Props = { token: string; initial: AuthorEditInput; saveAuthorEdit: SaveAuthorEdit };

// The same title and body fields, limits and messages as the story form. On success the action
// redirects to the receipt page; on failure the text stays as typed.
export function AuthorEditForm({ token, initial, saveAuthorEdit }: Props) {
  const t = useTranslations("AuthorControl.edit");
  const form = useForm<AuthorEditInput, unknown, AuthorEdit>({
    resolver: zodResolver(authorEditSchema),
    defaultValues: initial,
    shouldFocusError: true,
  });
  const [message, setMessage] = useState<string | null>(null);

  const onValid = async () => {
    setMessage(null);
    const result = await saveAuthorEdit(token, form.getValues()).catch(() => ({
      ok: false as const,
      fieldErrors: {} as Record<string, string[]>,
      message: t("serverError"),
    }));
    if (!result) return;
    for (const field of ["title", "body"] as const) {
      const key = result.fieldErrors[field]?.[0];
      if (key) form.setError(field, { type: "server", message: key }, { shouldFocus: true });
    }
    setMessage(result.message);
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onValid, () => setMessage(t("invalid")))}>
        <FormMessage kind="error">{message}</FormMessage>
        <TextFields />
        <div className="row">
          <button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t("saving") : t("save")}
          </button>
          <Link href={`/kvitto/${token}`}>{t("cancel")}</Link>
        </div>
      </form>
    </FormProvider>
  );
}

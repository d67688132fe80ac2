"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { TextField } from "@/components/forms/text-field";
import type { ActionResult } from "@/lib/actions/result";
import type { ModeratorSummary } from "@/lib/moderators/moderator-snapshot";
import { type ResetModeratorPasswordInput, resetModeratorPasswordSchema } from "@/lib/moderators/schemas";
import { useAccountErrorText } from "./account-messages";
import styles from "./account-list.module.css";

export type ResetPassword = (input: ResetModeratorPasswordInput) => Promise<ActionResult<{ moderatorId: string }>>;

type Props = { moderator: Pick<ModeratorSummary, "id" | "name">; resetPassword: ResetPassword };

export function AccountPasswordForm({ moderator, resetPassword }: Props) {
  const t = useTranslations("Accounts");
  const errorText = useAccountErrorText();
  const failureText = useFailureText("Accounts.errors");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const form = useForm<ResetModeratorPasswordInput>({
    resolver: zodResolver(resetModeratorPasswordSchema),
    defaultValues: { moderatorId: moderator.id, password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const fieldName = `losenord-${moderator.id}`;

  const onSubmit = async (values: ResetModeratorPasswordInput) => {
    setMessage(null);
    const result = await callAction(() => resetPassword(values));
    if (result.ok) {
      form.reset({ moderatorId: moderator.id, password: "" });
      setMessage({ kind: "success", text: t("passwordReset", { name: moderator.name }) });
    } else {
      const fieldError = result.fieldErrors.password?.[0];
      if (fieldError) form.setError("password", { type: "server", message: fieldError }, { shouldFocus: true });
      else setMessage({ kind: "error", text: failureText(result.message) });
    }
  };

  return (
    <details className={styles.reset}>
      <summary>
        {t("resetPassword")}
        <span className="visually-hidden">{t("resetPasswordForHidden", { name: moderator.name })}</span>
      </summary>
      <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
        <TextField
          id={fieldName}
          label={t("resetPasswordFor", { name: moderator.name })}
          hint={t("passwordHint")}
          error={errorText(errors.password?.message)}
          type="password"
          autoComplete="new-password"
          {...form.register("password")}
        />
        <p className={styles.message} role={message?.kind === "error" ? "alert" : "status"}>
          {message?.text}
        </p>
        <button type="submit" disabled={isSubmitting}>
          {t("resetPasswordSubmit")}
        </button>
      </form>
    </details>
  );
}

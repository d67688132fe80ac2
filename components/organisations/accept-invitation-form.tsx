"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { acceptInvitationAction } from "@/lib/actions/public/invitation";
import { passwordLimits } from "@/lib/moderators/schemas";
import { type AcceptInvitationInput, type AcceptInvitationValues, acceptInvitationSchema } from "@/lib/organisations/schemas";
import { routes } from "@/lib/routes";

const refusals = ["used", "expired", "unknown", "inactive", "emailInUse"] as const;

// Name and password for the new responder account; then the ordinary login, where two-factor
// set-up is the first step. A refused link (used meanwhile, run out) says why above the form.
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("Organisations.invitation");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Organisations.invitation.errors", passwordLimits);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm<AcceptInvitationInput, unknown, AcceptInvitationValues>({
    resolver: zodResolver(acceptInvitationSchema),
    defaultValues: { name: "", password: "" },
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;

  async function accept(values: AcceptInvitationValues) {
    setFailure(null);
    const result = await callAction(() => acceptInvitationAction(token, values));
    if (result.ok) return setDone(true);
    const refusal = result.fieldErrors.token?.[0];
    const known = refusals.find((key) => key === refusal);
    for (const [name, keys] of Object.entries(result.fieldErrors)) {
      if (name === "name" || name === "password") form.setError(name as Path<AcceptInvitationInput>, { message: keys[0] });
    }
    setFailure(known ? t(`refused.${known}`) : failureText(result.message));
  }

  if (done) {
    return (
      <>
        <FormMessage kind="success">{t("done", { email })}</FormMessage>
        <p>
          <Link href={routes.mod.login()}>{t("logIn")}</Link>
        </p>
      </>
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(accept)}>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextField id="invitation-name" label={t("name")} hint={t("nameHint")} error={errorText(errors.name?.message)} type="text" autoComplete="name" {...form.register("name")} />
      <TextField
        id="invitation-password"
        label={t("password")}
        hint={t("passwordHint", { min: passwordLimits.min })}
        error={errorText(errors.password?.message)}
        type="password"
        autoComplete="new-password"
        {...form.register("password")}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("submit")}
      </button>
    </form>
  );
}

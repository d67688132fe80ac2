"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { inviteResponderAction } from "@/lib/actions/mod/organisations";
import { type InviteResponderInput, type InviteResponderValues, emailInDomains, inviteResponderFormSchema } from "@/lib/organisations/schemas";

type Props = { organisationId: string; emailDomains: string[] };

// The browser already says when an address is outside the organisation's domains; the server
// decides, with the same rule (lib/organisations/schemas.ts emailInDomains).
export function InviteResponderForm({ organisationId, emailDomains }: Props) {
  const t = useTranslations("Organisations.invite");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Organisations.errors");
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const schema = inviteResponderFormSchema.refine((values) => emailInDomains(values.email, emailDomains), { path: ["email"], message: "emailOutsideDomains" });
  const form = useForm<InviteResponderInput, unknown, InviteResponderValues>({ resolver: zodResolver(schema), defaultValues: { email: "" }, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;

  async function send(values: InviteResponderValues) {
    setMessage(null);
    const result = await callAction(() => inviteResponderAction({ ...values, organisationId }));
    if (result.ok) {
      form.reset({ email: "" });
      setMessage({ kind: "success", text: t("sent", { email: result.data.email }) });
      return router.refresh();
    }
    const fieldKey = result.fieldErrors.email?.[0];
    if (fieldKey) return form.setError("email", { message: fieldKey }, { shouldFocus: true });
    setMessage({ kind: "error", text: failureText(result.message) });
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(send)}>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <TextField
        id="invite-email"
        label={t("email")}
        hint={t("emailHint", { domains: emailDomains.join(", ") })}
        error={errorText(errors.email?.message)}
        type="email"
        autoComplete="off"
        {...form.register("email")}
      />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : t("send")}
      </button>
    </form>
  );
}

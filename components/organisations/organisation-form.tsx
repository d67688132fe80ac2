"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { type Path, useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, TextField } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { createOrganisationAction, updateOrganisationAction } from "@/lib/actions/mod/organisations";
import { type OrganisationInput, type OrganisationValues, organisationLimits, organisationSchema } from "@/lib/organisations/schemas";
import { routes } from "@/lib/routes";

type Props = {
  municipalities: readonly { code: string; name: string }[];
  organisation?: { id: string; name: string; municipalityCodes: string[]; emailDomains: string[]; contactEmail: string };
};

// Creates an organisation, or with `organisation` edits it. The browser checks with the same
// schema the server parses with; what the server refuses shows beside its field, and every
// field keeps what was typed.
export function OrganisationForm({ municipalities, organisation }: Props) {
  const t = useTranslations("Organisations.form");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Organisations.errors", organisationLimits);
  const router = useRouter();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const form = useForm<OrganisationInput, unknown, OrganisationValues>({
    resolver: zodResolver(organisationSchema),
    defaultValues: {
      name: organisation?.name ?? "",
      municipalityCodes: organisation?.municipalityCodes ?? [],
      emailDomains: organisation?.emailDomains.join(", ") ?? "",
      contactEmail: organisation?.contactEmail ?? "",
    },
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const prefix = organisation ? `organisation-${organisation.id}` : "new-organisation";
  const field = (key: keyof OrganisationInput) => ({ id: `${prefix}-${key}`, label: t(key), error: errorText(errors[key]?.message), ...form.register(key) });

  async function save(values: OrganisationValues) {
    setMessage(null);
    const input = { ...values, emailDomains: values.emailDomains.join(", ") };
    if (organisation) {
      const result = await callAction(() => updateOrganisationAction({ ...input, organisationId: organisation.id }));
      if (result.ok) {
        setMessage({ kind: "success", text: result.data.changed ? t("saved") : t("unchanged") });
        return router.refresh();
      }
      return showFailure(result);
    }
    const result = await callAction(() => createOrganisationAction(input));
    if (result.ok) return router.push(routes.mod.organisation(result.data.id));
    showFailure(result);
  }

  function showFailure(result: { message: Parameters<typeof failureText>[0]; fieldErrors: Record<string, string[]> }) {
    for (const [name, keys] of Object.entries(result.fieldErrors)) form.setError(name as Path<OrganisationInput>, { message: keys[0] });
    setMessage({ kind: "error", text: failureText(result.message) });
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(save)}>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <TextField {...field("name")} hint={t("nameHint")} type="text" autoComplete="organization" />
      <SelectField {...field("municipalityCodes")} hint={t("municipalityHint")} multiple size={8}>
        {municipalities.map((municipality) => (
          <option key={municipality.code} value={municipality.code}>
            {municipality.name}
          </option>
        ))}
      </SelectField>
      <TextField {...field("emailDomains")} hint={t("emailDomainsHint")} type="text" autoComplete="off" spellCheck={false} />
      <TextField {...field("contactEmail")} hint={t("contactEmailHint")} type="email" autoComplete="off" />
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("working") : organisation ? t("save") : t("create")}
      </button>
    </form>
  );
}

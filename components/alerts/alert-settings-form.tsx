"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { ChoiceFieldset } from "@/components/forms/text-field";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";
import { type AlertSettings, type AlertSettingsInput, alertDeliveries, alertScopes, alertSettingsSchema } from "@/lib/alerts/schemas";

type Props = {
  settings: AlertSettings;
  themes: { id: string; name: string }[];
  save: (input: AlertSettingsInput) => Promise<ActionResult>;
};

// What a responder hears about and when. The themes are asked for only when "chosen themes" is
// picked, and how often only when alerts are on; a refusal keeps every choice as it was.
export function AlertSettingsForm({ settings, themes, save }: Props) {
  const t = useTranslations("Alerts.settings");
  const failureText = useFailureText();
  const form = useForm<AlertSettingsInput>({ resolver: zodResolver(alertSettingsSchema), defaultValues: settings });
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const scope = form.watch("scope");

  const onSubmit = async (values: AlertSettingsInput) => {
    setMessage(null);
    const result = await callAction(() => save(values));
    if (result.ok) {
      setMessage({ kind: "success", text: t("saved") });
      return;
    }
    const themeError = result.fieldErrors.tagIds?.[0];
    if (themeError) form.setError("tagIds", { message: themeError });
    setMessage({ kind: "error", text: failureText(result.message) });
  };

  const errorText = (key: string | undefined) => (key ? (t.has(`errors.${key}` as never) ? t(`errors.${key}` as never) : t("errors.themesInvalid")) : undefined);
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <ChoiceFieldset id="bevakning" legend={t("scopeLegend")} hint={t("scopeHint")} error={errorText(form.formState.errors.scope?.message)}>
        {alertScopes.map((value) => (
          <div className="field checkbox-row" key={value}>
            <input id={`bevakning-${value}`} type="radio" value={value} defaultChecked={settings.scope === value} {...form.register("scope")} />
            <label htmlFor={`bevakning-${value}`}>{t(`scopes.${value}`)}</label>
          </div>
        ))}
      </ChoiceFieldset>
      {scope === "themes" ? (
        <ChoiceFieldset id="teman" errorName="tagIds" legend={t("themesLegend")} hint={t("themesHint")} error={errorText(form.formState.errors.tagIds?.message)}>
          {themes.map((theme) => (
            <div className="field checkbox-row" key={theme.id}>
              <input id={`tema-${theme.id}`} type="checkbox" value={theme.id} defaultChecked={settings.tagIds.includes(theme.id)} {...form.register("tagIds")} />
              <label htmlFor={`tema-${theme.id}`}>{theme.name}</label>
            </div>
          ))}
        </ChoiceFieldset>
      ) : null}
      {scope !== "none" ? (
        <ChoiceFieldset id="utskick" legend={t("deliveryLegend")} hint={t("deliveryHint")} error={errorText(form.formState.errors.delivery?.message)}>
          {alertDeliveries.map((value) => (
            <div className="field checkbox-row" key={value}>
              <input id={`utskick-${value}`} type="radio" value={value} defaultChecked={settings.delivery === value} {...form.register("delivery")} />
              <label htmlFor={`utskick-${value}`}>{t(`deliveries.${value}`)}</label>
            </div>
          ))}
        </ChoiceFieldset>
      ) : null}
      <button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </button>
    </form>
  );
}

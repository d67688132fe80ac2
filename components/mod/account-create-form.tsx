"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField, TextField } from "@/components/forms/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { createModeratorSchema, moderatorRoles } from "@/lib/moderators/schemas";
import { useAccountErrorText } from "./account-messages";
import styles from "./account-list.module.css";

type Values = z.input<typeof createModeratorSchema>;
type Data = z.output<typeof createModeratorSchema>;
export type CreateModerator = (input: Values) => Promise<ActionResult<{ name: string }>>;

const fields = ["name", "email", "role", "password"] as const;
const emptyForm: Values = { name: "", email: "", role: "MODERATOR", password: "" };

export function AccountCreateForm({ createModerator }: { createModerator: CreateModerator }) {
  const t = useTranslations("Accounts");
  const errorText = useAccountErrorText();
  const failureText = useFailureText("Accounts.errors");
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);
  const form = useForm<Values, unknown, Data>({ resolver: zodResolver(createModeratorSchema), defaultValues: emptyForm });
  const { errors, isSubmitting } = form.formState;

  // On failure nothing typed is cleared; a taken e-mail is shown at the e-mail field.
  const onSubmit = async () => {
    setMessage(null);
    const result = await callAction(() => createModerator(form.getValues()));
    if (result.ok) {
      form.reset(emptyForm);
      setMessage({ kind: "success", text: t("created", { name: result.data.name }) });
      return;
    }
    if (result.message === "CONFLICT") {
      form.setError("email", { type: "server", message: "CONFLICT" }, { shouldFocus: true });
      return;
    }
    const invalid = fields.filter((field) => result.fieldErrors[field]?.length);
    invalid.forEach((field, index) =>
      form.setError(field, { type: "server", message: result.fieldErrors[field][0] }, { shouldFocus: index === 0 }),
    );
    setMessage({ kind: "error", text: failureText(result.message) });
  };

  const field = (name: (typeof fields)[number]) => ({
    id: `nytt-${name}`,
    label: t(name),
    error: errorText(errors[name]?.message),
    ...form.register(name),
  });

  return (
    <section aria-labelledby="konton-skapa">
      <h2 id="konton-skapa">{t("createHeading")}</h2>
      <p>{t("createIntro")}</p>
      <form className={styles.createForm} noValidate onSubmit={form.handleSubmit(onSubmit)}>
        <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
        <TextField type="text" autoComplete="off" {...field("name")} />
        <TextField type="email" autoComplete="off" {...field("email")} />
        <SelectField {...field("role")}>
          {moderatorRoles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <TextField type="password" autoComplete="new-password" hint={t("passwordHint")} {...field("password")} />
        <button type="submit" disabled={isSubmitting}>
          {t("create")}
        </button>
      </form>
    </section>
  );
}

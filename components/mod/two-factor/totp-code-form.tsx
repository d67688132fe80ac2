"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { TextField } from "@/components/forms/text-field";
import type { ActionResult } from "@/lib/actions/result";

export type TotpSubmit = (input: { code: string }) => Promise<ActionResult<void>>;

type Props = { submit: TotpSubmit; submitLabel: string; successText: string };

// One code field and a button, for turning two-factor login on or off. Only the code is sent:
// the secret it confirms stays on the server.
// A wrong code keeps what was typed and says so beside the field.
export function TotpCodeForm({ submit, submitLabel, successText }: Props) {
  const t = useTranslations("TwoFactor");
  const failureText = useFailureText();
  const router = useRouter();
  const id = useId();
  const fieldId = `kod-${id.replace(/:/g, "")}`;
  const [code, setCode] = useState("");
  const [pending, setPending] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFieldError(null);
    setMessage(null);
    const result = await callAction(() => submit({ code }));
    setPending(false);
    if (result.ok) {
      setMessage({ kind: "success", text: successText });
      router.refresh();
      return;
    }
    // A refused code (wrong, locked, already on, required) comes as the code field's error.
    const key = result.fieldErrors.code?.[0];
    if (key) {
      setFieldError(t.has(`errors.${key}` as "errors.codeInvalid") ? t(`errors.${key}` as "errors.codeInvalid") : t("errors.codeInvalid"));
      document.getElementById(fieldId)?.focus();
    } else {
      setMessage({ kind: "error", text: failureText(result.message) });
    }
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <TextField
        id={fieldId}
        label={t("code")}
        hint={t("codeHint")}
        error={fieldError ?? undefined}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={9}
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      <button type="submit" disabled={pending}>
        {pending ? t("enabling") : submitLabel}
      </button>
    </form>
  );
}

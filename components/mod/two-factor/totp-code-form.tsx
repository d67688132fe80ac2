"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { FieldError, fieldErrorId } from "@/components/forms/field-error";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
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
      <div className="field">
        <label htmlFor={fieldId}>{t("code")}</label>
        <p className="hint" id={`${fieldId}-tips`}>
          {t("codeHint")}
        </p>
        <input
          id={fieldId}
          name="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={9}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={`${fieldId}-tips ${fieldErrorId(fieldId)}`}
        />
        <FieldError name={fieldId} message={fieldError ?? undefined} />
      </div>
      <button type="submit" disabled={pending}>
        {pending ? t("enabling") : submitLabel}
      </button>
    </form>
  );
}

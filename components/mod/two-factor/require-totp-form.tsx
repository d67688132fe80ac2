"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFailureText } from "@/components/forms/use-failure-text";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  requireTotp: boolean;
  setRequireTotp: (input: { requireTotp: boolean }) => Promise<ActionResult<{ requireTotp: boolean }>>;
};

export function RequireTotpForm({ requireTotp, setRequireTotp }: Props) {
  const t = useTranslations("SiteSecurity");
  const failureText = useFailureText("SiteSecurity.errors");
  const router = useRouter();
  const [checked, setChecked] = useState(requireTotp);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await callAction(() => setRequireTotp({ requireTotp: checked }));
    setPending(false);
    if (result.ok) {
      setMessage({ kind: "success", text: t("saved") });
      router.refresh();
      return;
    }
    setMessage({ kind: "error", text: failureText(result.message) });
  };

  return (
    <form noValidate onSubmit={onSubmit}>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <div className="field checkbox-row">
        <input
          id="krav-tvasteg"
          type="checkbox"
          checked={checked}
          onChange={(event) => setChecked(event.target.checked)}
        />
        <label htmlFor="krav-tvasteg">{t("requireTotp")}</label>
      </div>
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

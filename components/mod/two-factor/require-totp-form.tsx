"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  requireTotp: boolean;
  setRequireTotp: (input: { requireTotp: boolean }) => Promise<ActionResult<{ requireTotp: boolean }>>;
};

export function RequireTotpForm({ requireTotp, setRequireTotp }: Props) {
  const t = useTranslations("SiteSecurity");
  const tCommon = useTranslations("Common");
  const router = useRouter();
  const [checked, setChecked] = useState(requireTotp);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    const result = await setRequireTotp({ requireTotp: checked }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setMessage({ kind: "success", text: t("saved") });
      router.refresh();
      return;
    }
    const code = result?.message ?? "UNEXPECTED";
    const text = code === "INVALID_STATE" ? t("errors.INVALID_STATE") : tCommon(`errors.${code}` as "errors.UNEXPECTED");
    setMessage({ kind: "error", text });
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

"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  account: { id: string; name: string };
  resetTotp: (input: { moderatorId: string }) => Promise<ActionResult<{ moderatorId: string }>>;
};

export function ResetTotpButton({ account, resetTotp }: Props) {
  const t = useTranslations("SiteSecurity");
  const tCommon = useTranslations("Common");
  const tAccounts = useTranslations("Accounts");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  const onClick = async () => {
    const result = await callAction(() => resetTotp({ moderatorId: account.id }));
    if (result.ok) router.refresh();
    setMessage(result.ok ? t("resetTotpDone", { name: account.name }) : tCommon("errors.UNEXPECTED"));
  };

  return (
    <>
      <button type="button" className="secondary" onClick={onClick}>
        {tAccounts("actionLabel", { action: t("resetTotp"), name: account.name })}
      </button>
      <span role="status">{message}</span>
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { verifyFactAction } from "@/lib/actions/mod/facts";
import { routes } from "@/lib/routes";

// "Kontrollerad i dag": the admin compared the value with its source and it still holds.
export function VerifyFactButton({ factId }: { factId: string }) {
  const t = useTranslations("Facts.verify");
  const failureText = useFailureText();
  const router = useRouter();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function verify() {
    setWorking(true);
    setFailure(null);
    const result = await callAction(() => verifyFactAction({ factId }));
    setWorking(false);
    if (!result.ok) return setFailure(failureText(result.message));
    router.push(routes.mod.fact(factId, { klart: "kontrollerad" }));
  }

  return (
    <div className="field">
      <FormMessage kind="error">{failure}</FormMessage>
      <p className="hint" id="verify-fact-hint">
        {t("hint")}
      </p>
      <button type="button" className="secondary" aria-describedby="verify-fact-hint" disabled={working} onClick={() => void verify()}>
        {working ? t("working") : t("button")}
      </button>
    </div>
  );
}

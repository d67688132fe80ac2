"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import type { ActionResult } from "@/lib/actions/result";
import { routes } from "@/lib/routes";

export type LogOutEverywhere = (input: Record<string, never>) => Promise<ActionResult<{ redirectTo: string }>>;

// Ends every session of the account on the server, this one included. A failure other than
// an already-ended session is shown beside the button.
export function LogOutEverywhereButton({ logOutEverywhere }: { logOutEverywhere: LogOutEverywhere }) {
  const t = useTranslations("ModNav");
  const errors = useTranslations("Common.errors");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setBusy(true);
    setError(null);
    const result = await callAction(() => logOutEverywhere({}));
    if (result.ok) return window.location.assign(result.data.redirectTo);
    if (result.message === "UNAUTHORIZED") return window.location.assign(routes.mod.login());
    setBusy(false);
    setError(errors("UNEXPECTED"));
  };

  return (
    <>
      <button type="button" className="secondary" disabled={busy} onClick={() => void run()}>
        {t("signOutEverywhere")}
      </button>
      <span role="alert">{error}</span>
    </>
  );
}

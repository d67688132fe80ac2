"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  hasFeed: boolean;
  renew: (input: Record<string, never>) => Promise<ActionResult<{ url: string }>>;
};

// The private feed's address is shown once, right after it is made: only its hash is stored,
// so the page cannot show it again. Renewing ends the old address at once.
export function FeedAddress({ hasFeed, renew }: Props) {
  const t = useTranslations("Alerts.settings.feed");
  const failureText = useFailureText();
  const [url, setUrl] = useState<string | null>(null);
  const [exists, setExists] = useState(hasFeed);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const onRenew = async () => {
    setBusy(true);
    setError(null);
    const result = await callAction(() => renew({}));
    setBusy(false);
    if (!result.ok) {
      setError(failureText(result.message));
      return;
    }
    setUrl(result.data.url);
    setExists(true);
  };

  return (
    <section aria-labelledby="flode-rubrik" className="card">
      <h2 id="flode-rubrik">{t("heading")}</h2>
      <p>{t("intro")}</p>
      <FormMessage kind="error">{error}</FormMessage>
      {url ? (
        <div className="alert success" role="status">
          <p>{t("shownOnce")}</p>
          <label htmlFor="flodesadress">{t("urlLabel")}</label>
          <input id="flodesadress" type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </div>
      ) : (
        <p className="hint">{exists ? t("exists") : t("missing")}</p>
      )}
      <button type="button" onClick={onRenew} disabled={busy}>
        {exists ? t("renew") : t("create")}
      </button>
    </section>
  );
}

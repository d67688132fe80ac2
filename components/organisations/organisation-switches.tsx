"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { setFastTrackAction, setOrganisationActiveAction, setResponderActiveAction } from "@/lib/actions/mod/organisations";
import type { ActionResult } from "@/lib/actions/result";

// One button that flips a setting on the server, then shows what happened and reloads the page.
function Switch({ label, doneText, run }: { label: string; doneText: string; run: () => Promise<ActionResult<{ changed: boolean }>> }) {
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Organisations.errors");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function flip() {
    setBusy(true);
    setMessage(null);
    const result = await callAction(run);
    setBusy(false);
    if (result.ok) {
      setMessage({ kind: "success", text: doneText });
      return router.refresh();
    }
    const fieldKey = Object.values(result.fieldErrors)[0]?.[0];
    setMessage({ kind: "error", text: fieldKey ? (errorText(fieldKey) ?? failureText(result.message)) : failureText(result.message) });
  }

  return (
    <div>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
      <button type="button" className="secondary" disabled={busy} onClick={() => void flip()}>
        {label}
      </button>
    </div>
  );
}

export function OrganisationActiveSwitch({ organisationId, active }: { organisationId: string; active: boolean }) {
  const t = useTranslations("Organisations.detail");
  return (
    <Switch
      label={active ? t("deactivate") : t("reactivate")}
      doneText={active ? t("deactivated") : t("reactivated")}
      run={() => setOrganisationActiveAction({ organisationId, active: !active })}
    />
  );
}

export function FastTrackSwitch({ organisationId, fastTrack }: { organisationId: string; fastTrack: boolean }) {
  const t = useTranslations("Organisations.detail");
  return (
    <Switch
      label={fastTrack ? t("fastTrackDisable") : t("fastTrackEnable")}
      doneText={fastTrack ? t("fastTrackDisabled") : t("fastTrackEnabled")}
      run={() => setFastTrackAction({ organisationId, fastTrack: !fastTrack })}
    />
  );
}

// One member of staff switched off (logged out at once) or on again, without the organisation.
export function ResponderActiveSwitch({ organisationId, responderId, name, active }: { organisationId: string; responderId: string; name: string; active: boolean }) {
  const t = useTranslations("Organisations.detail");
  return (
    <Switch
      label={active ? t("responderDeactivate", { name }) : t("responderReactivate", { name })}
      doneText={active ? t("responderDeactivated", { name }) : t("responderReactivated", { name })}
      run={() => setResponderActiveAction({ organisationId, responderId, active: !active })}
    />
  );
}

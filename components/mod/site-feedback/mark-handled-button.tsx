"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { useFailureText } from "@/components/forms/use-failure-text";
import { markSiteFeedbackHandledAction } from "@/lib/actions/mod/site-feedback";

// Marks one message handled in place: the outcome replaces the button rather than reloading the
// list, so the moderator's place and keyboard focus stay where they were.
export function MarkHandledButton({ feedbackId }: { feedbackId: string }) {
  const t = useTranslations("SiteFeedback.actions");
  const failureText = useFailureText();
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function mark() {
    setFailure(null);
    setWorking(true);
    const result = await callAction(() => markSiteFeedbackHandledAction({ feedbackId }));
    setWorking(false);
    if (result.ok) return setDone(true);
    setFailure(failureText(result.message));
  }

  if (done) return <FormMessage kind="success">{t("handled")}</FormMessage>;
  return (
    <div>
      <FormMessage kind="error">{failure}</FormMessage>
      <button type="button" onClick={mark} disabled={working}>
        {working ? t("working") : t("markHandled")}
      </button>
    </div>
  );
}

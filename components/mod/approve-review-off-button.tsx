"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionResult } from "@/lib/actions/result";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { ConfirmDialog } from "./review/confirm-dialog";

type Props = { approve: (input: Record<string, never>) => Promise<ActionResult<{ colleagueReview: false }>> };

// A colleague's approval of an admin's request to switch colleague review off, confirmed first:
// from then on, decisions go out without a second reading.
export function ApproveReviewOffButton({ approve }: Props) {
  const t = useTranslations("Queue.colleagueReview");
  const failureText = useFailureText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function confirm() {
    setConfirming(false);
    setMessage(null);
    setWorking(true);
    const result = await callAction(() => approve({}));
    setWorking(false);
    if (!result.ok) return setMessage({ kind: "error", text: failureText(result.message) });
    setMessage({ kind: "success", text: t("approved") });
    router.refresh();
  }

  return (
    <>
      <button type="button" className="secondary" disabled={working} onClick={() => setConfirming(true)}>
        {t("approve")}
      </button>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text ?? null}</FormMessage>
      <ConfirmDialog
        open={confirming}
        title={t("confirmTitle")}
        text={t("confirmText")}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        danger
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteTagAction } from "@/lib/actions/mod/tags";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { ConfirmDialog } from "@/components/mod/review/confirm-dialog";
import { routes } from "@/lib/routes";

// Only rendered for themes no story uses; the server checks again, since a story may have been
// given the theme after this page loaded.
export function DeleteTagButton({ tagId, name }: { tagId: string; name: string }) {
  const t = useTranslations("Tags.delete");
  const failureText = useFailureText();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function remove() {
    setConfirming(false);
    setFailure(null);
    setWorking(true);
    const result = await callAction(() => deleteTagAction({ tagId }));
    if (result.ok) return router.push(routes.mod.tags({ klart: "borttaget" }));
    setWorking(false);
    setFailure(result.message === "INVALID_STATE" ? t("refusedInUse") : failureText(result.message));
  }

  return (
    <>
      <FormMessage kind="error">{failure}</FormMessage>
      <button type="button" className="danger" disabled={working} onClick={() => setConfirming(true)}>
        {working ? t("working") : t("button")}
      </button>
      <ConfirmDialog
        open={confirming}
        danger
        title={t("confirmTitle")}
        text={t("confirmText", { name })}
        confirmLabel={t("confirm")}
        cancelLabel={t("cancel")}
        onConfirm={remove}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ColleagueDecisionActions } from "@/components/mod/review/colleague-decision-actions";
import { approveAmendmentAction, returnAmendmentAction } from "@/lib/actions/mod/facts";
import { routes } from "@/lib/routes";

type Props = { replyId: string; version: number; own: boolean; stale: boolean };

// Approve a colleague's amendment of a published reply, or send it back with a comment. The
// preparer is not offered the approval, and the server refuses it anyway (OWN_DECISION); nor is
// an amendment of a reply that changed since (STALE_AMENDMENT). Either may be sent back.
export function AmendmentActions({ replyId, version, own, stale }: Props) {
  const t = useTranslations("Facts.amendment");
  const router = useRouter();
  return (
    <>
      {own ? <p className="hint">{t("own")}</p> : null}
      <ColleagueDecisionActions
        approve={own || stale ? null : () => approveAmendmentAction({ replyId, version })}
        sendBack={(comment) => returnAmendmentAction({ replyId, version, comment })}
        onDone={(klart) => router.push(routes.mod.amendment(replyId, { klart }))}
        idPrefix="amendment-return"
        headingLevel="h2"
        labels={{
          approve: t("approve"),
          approveWorking: t("approveWorking"),
          confirmTitle: t("approveConfirmTitle"),
          confirmText: t("approveConfirmText"),
          confirm: t("approveConfirm"),
          cancel: t("cancel"),
          returnHeading: t("returnHeading"),
          returnComment: t("returnComment"),
          returnHint: t("returnHint"),
          returnButton: t("returnButton"),
          returnWorking: t("returnWorking"),
        }}
      />
    </>
  );
}

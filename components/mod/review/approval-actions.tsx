"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { approveStoryAction, returnStoryAction } from "@/lib/actions/mod/stories";
import { routes } from "@/lib/routes";
import { ColleagueDecisionActions } from "./colleague-decision-actions";

type Props = { storyId: string; version: number; kind: "PUBLISH" | "REJECT"; own: boolean };

// Approve (publish or reject as prepared) or send back with a comment. The preparer is not
// offered the approval, and the server refuses it anyway (OWN_DECISION); they may send their
// own decision back to change it.
export function ApprovalActions({ storyId, version, kind, own }: Props) {
  const t = useTranslations("Review.approval");
  const tReview = useTranslations("Review");
  const router = useRouter();
  return (
    <>
      {own ? <p className="hint">{t("ownDecision")}</p> : null}
      <ColleagueDecisionActions
        approve={own ? null : () => approveStoryAction({ storyId, version })}
        sendBack={(comment) => returnStoryAction({ storyId, version, comment })}
        onDone={(klart) => router.push(routes.mod.queue({ klart }))}
        danger={kind === "REJECT"}
        idPrefix="return"
        headingLevel="h3"
        labels={{
          approve: kind === "PUBLISH" ? t("approvePublish") : t("approveReject"),
          approveWorking: t("approveWorking"),
          confirmTitle: t("approveConfirmTitle"),
          confirmText: kind === "PUBLISH" ? t("approveConfirmPublish") : t("approveConfirmReject"),
          confirm: t("approveConfirm"),
          cancel: tReview("cancel"),
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

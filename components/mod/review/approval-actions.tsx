"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { approveStoryAction, returnStoryAction } from "@/lib/actions/mod/stories";
import { type ReturnStoryInput, returnCommentLimits, returnStorySchema } from "@/lib/moderation/schemas";
import { callAction } from "./call-action";
import { ConfirmDialog } from "./confirm-dialog";
import styles from "./review.module.css";
import { useFieldErrorText } from "./use-field-error-text";

type Props = { storyId: string; version: number; kind: "PUBLISH" | "REJECT"; own: boolean };

// Approve (publish or reject as prepared) or send back with a comment. The preparer is not
// offered the approval, and the server refuses it anyway (OWN_DECISION); they may send their
// own decision back to change it.
export function ApprovalActions({ storyId, version, kind, own }: Props) {
  const t = useTranslations("Review.approval");
  const tReview = useTranslations("Review");
  const tErrors = useTranslations("Common.errors");
  const errorText = useFieldErrorText("Review.errors");
  const router = useRouter();
  const form = useForm<ReturnStoryInput>({ resolver: zodResolver(returnStorySchema), defaultValues: { comment: "" }, mode: "onTouched" });
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState<"approve" | "return" | null>(null);
  const [failure, setFailure] = useState<{ at: "approve" | "return"; text: string } | null>(null);

  async function approve() {
    setConfirming(false);
    setFailure(null);
    setWorking("approve");
    const result = await callAction(() => approveStoryAction({ storyId, version }));
    if (!result.ok) {
      setWorking(null);
      return setFailure({ at: "approve", text: tErrors(result.message as Parameters<typeof tErrors>[0]) });
    }
    router.push("/mod?klart=godkand");
  }

  async function sendBack({ comment }: ReturnStoryInput) {
    setFailure(null);
    setWorking("return");
    const result = await callAction(() => returnStoryAction({ storyId, version, comment }));
    if (!result.ok) {
      setWorking(null);
      if (result.fieldErrors.comment) form.setError("comment", { message: result.fieldErrors.comment[0] });
      return setFailure({ at: "return", text: tErrors(result.message as Parameters<typeof tErrors>[0]) });
    }
    router.push("/mod?klart=tillbakaskickad");
  }

  return (
    <>
      {own ? (
        <p className="hint">{t("ownDecision")}</p>
      ) : (
        <>
          <FormMessage kind="error">{failure?.at === "approve" ? failure.text : null}</FormMessage>
          <div className={styles.actions}>
            <button type="button" className={kind === "REJECT" ? "danger" : undefined} onClick={() => setConfirming(true)} disabled={working !== null}>
              {working === "approve" ? t("approveWorking") : kind === "PUBLISH" ? t("approvePublish") : t("approveReject")}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            danger={kind === "REJECT"}
            title={t("approveConfirmTitle")}
            text={kind === "PUBLISH" ? t("approveConfirmPublish") : t("approveConfirmReject")}
            confirmLabel={t("approveConfirm")}
            cancelLabel={tReview("cancel")}
            onConfirm={approve}
            onCancel={() => setConfirming(false)}
          />
        </>
      )}
      <form noValidate onSubmit={form.handleSubmit(sendBack)} aria-labelledby="return-heading">
        <h3 id="return-heading">{t("returnHeading")}</h3>
        <TextAreaField
          id="return-comment"
          label={t("returnComment")}
          hint={t("returnHint")}
          rows={4}
          maxLength={returnCommentLimits.max}
          error={errorText(form.formState.errors.comment?.message)}
          {...form.register("comment")}
        />
        <FormMessage kind="error">{failure?.at === "return" ? failure.text : null}</FormMessage>
        <button type="submit" className="secondary" disabled={working !== null}>
          {working === "return" ? t("returnWorking") : t("returnButton")}
        </button>
      </form>
    </>
  );
}

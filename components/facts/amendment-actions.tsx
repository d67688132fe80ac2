"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { callAction } from "@/components/mod/review/call-action";
import { ConfirmDialog } from "@/components/mod/review/confirm-dialog";
import styles from "@/components/mod/review/review.module.css";
import { useFieldErrorText } from "@/components/mod/review/use-field-error-text";
import { approveAmendmentAction, returnAmendmentAction } from "@/lib/actions/mod/facts";
import { type ReturnStoryInput, returnCommentLimits, returnStorySchema } from "@/lib/moderation/schemas";

type Props = { replyId: string; version: number; own: boolean; stale: boolean };

// Approve a colleague's amendment of a published reply, or send it back with a comment. The
// preparer is not offered the approval, and the server refuses it anyway (OWN_DECISION); nor is
// an amendment of a reply that changed since (STALE_AMENDMENT). Either may be sent back.
export function AmendmentActions({ replyId, version, own, stale }: Props) {
  const t = useTranslations("Facts.amendment");
  const tErrors = useTranslations("Common.errors");
  const errorText = useFieldErrorText("Review.errors");
  const router = useRouter();
  const form = useForm<ReturnStoryInput>({ resolver: zodResolver(returnStorySchema), defaultValues: { comment: "" }, mode: "onTouched" });
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState<"approve" | "return" | null>(null);
  const [failure, setFailure] = useState<{ at: "approve" | "return"; text: string } | null>(null);
  const done = (klart: string) => router.push(`/mod/rattelser/${replyId}?klart=${klart}`);

  async function approve() {
    setConfirming(false);
    setFailure(null);
    setWorking("approve");
    const result = await callAction(() => approveAmendmentAction({ replyId, version }));
    if (!result.ok) {
      setWorking(null);
      return setFailure({ at: "approve", text: tErrors(result.message as Parameters<typeof tErrors>[0]) });
    }
    done("godkand");
  }

  async function sendBack({ comment }: ReturnStoryInput) {
    setFailure(null);
    setWorking("return");
    const result = await callAction(() => returnAmendmentAction({ replyId, version, comment }));
    if (!result.ok) {
      setWorking(null);
      if (result.fieldErrors.comment) form.setError("comment", { message: result.fieldErrors.comment[0] });
      return setFailure({ at: "return", text: tErrors(result.message as Parameters<typeof tErrors>[0]) });
    }
    done("tillbakaskickad");
  }

  return (
    <>
      {own ? <p className="hint">{t("own")}</p> : null}
      {!own && !stale ? (
        <>
          <FormMessage kind="error">{failure?.at === "approve" ? failure.text : null}</FormMessage>
          <div className={styles.actions}>
            <button type="button" onClick={() => setConfirming(true)} disabled={working !== null}>
              {working === "approve" ? t("approveWorking") : t("approve")}
            </button>
          </div>
          <ConfirmDialog
            open={confirming}
            title={t("approveConfirmTitle")}
            text={t("approveConfirmText")}
            confirmLabel={t("approveConfirm")}
            cancelLabel={t("cancel")}
            onConfirm={approve}
            onCancel={() => setConfirming(false)}
          />
        </>
      ) : null}
      <form noValidate onSubmit={form.handleSubmit(sendBack)} aria-labelledby="amendment-return-heading">
        <h2 id="amendment-return-heading">{t("returnHeading")}</h2>
        <TextAreaField
          id="amendment-return-comment"
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

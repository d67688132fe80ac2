"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { ActionResult } from "@/lib/actions/result";
import type { ModeratorSummary } from "@/lib/moderators/moderator-snapshot";
import type { UpdateModeratorInput } from "@/lib/moderators/schemas";
import { AccountPasswordForm, type ResetPassword } from "./account-password-form";
import styles from "./account-list.module.css";

export type UpdateModerator = (input: UpdateModeratorInput) => Promise<ActionResult<{ name: string }>>;
export type { ResetPassword };

type Props = {
  moderator: ModeratorSummary;
  isSelf: boolean;
  updateModerator: UpdateModerator;
  resetPassword: ResetPassword;
};

// The server refuses self-demotion and removing the last admin anyway; hiding the buttons for
// one's own row only spares an admin a pointless error.
export function AccountRowActions({ moderator, isSelf, updateModerator, resetPassword }: Props) {
  const t = useTranslations("Accounts");
  const failureText = useFailureText("Accounts.errors");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const update = async (change: Omit<UpdateModeratorInput, "moderatorId">) => {
    setBusy(true);
    setMessage(null);
    const result = await callAction(() => updateModerator({ moderatorId: moderator.id, ...change }));
    setBusy(false);
    setMessage(
      result.ok
        ? { kind: "success", text: t("updated", { name: moderator.name }) }
        : { kind: "error", text: failureText(result.message) },
    );
  };

  const label = (action: string) => t("actionLabel", { action, name: moderator.name });
  const roleAction = moderator.role === "ADMIN" ? t("makeModerator") : t("makeAdmin");
  const activeAction = moderator.active ? t("deactivate") : t("reactivate");
  return (
    <div>
      {isSelf ? null : (
        <div className={styles.buttons}>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={label(roleAction)}
            onClick={() => void update({ role: moderator.role === "ADMIN" ? "MODERATOR" : "ADMIN" })}
          >
            {roleAction}
          </button>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={label(activeAction)}
            onClick={() => void update({ active: !moderator.active })}
          >
            {activeAction}
          </button>
        </div>
      )}
      <p className={styles.message} role={message?.kind === "error" ? "alert" : "status"}>
        {message?.text}
      </p>
      <AccountPasswordForm moderator={moderator} resetPassword={resetPassword} />
    </div>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useFailureText } from "@/components/forms/use-failure-text";
import { callAction } from "@/components/forms/call-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import type { ActionResult } from "@/lib/actions/result";
import { type SetColleagueReviewInput, claimMinutesLimits, setColleagueReviewSchema } from "@/lib/settings/schemas";

type Props = {
  colleagueReview: boolean;
  claimMinutes: number;
  inForce: boolean;
  // In force with one active moderator: decisions wait for a colleague.
  held: boolean;
  activeModerators: number;
  // An admin's waiting request to switch review off (lib/settings/review-setting-change.ts).
  offRequest: { name: string; at: Date } | null;
  save: (input: SetColleagueReviewInput) => Promise<ActionResult<{ colleagueReview: boolean; claimMinutes: number; offRequested: boolean }>>;
};

// The admin's shift settings: colleague review (on by default, in force from two active
// moderators) and how long opening a story claims it. While review is in force, unticking it
// asks a colleague to approve; it stays ticked, and in force, until one does.
export function ColleagueReviewForm({ colleagueReview, claimMinutes, inForce, held, activeModerators, offRequest, save }: Props) {
  const t = useTranslations("Accounts.shift");
  const failureText = useFailureText("Accounts.shift.errors");
  const router = useRouter();
  const format = useFormatter();
  const form = useForm<SetColleagueReviewInput>({
    resolver: zodResolver(setColleagueReviewSchema),
    defaultValues: { colleagueReview, claimMinutes: String(claimMinutes) },
  });
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  const onSubmit = async (values: SetColleagueReviewInput) => {
    setMessage(null);
    const result = await callAction(() => save(values));
    if (result.ok) {
      setMessage({ kind: "success", text: result.data.offRequested ? t("offRequested") : t("saved") });
      // The box follows what is stored: a request leaves review on.
      form.setValue("colleagueReview", result.data.colleagueReview);
      router.refresh();
      return;
    }
    if (result.fieldErrors.claimMinutes) form.setError("claimMinutes", { message: "claimMinutesInvalid" });
    setMessage({ kind: "error", text: failureText(result.message) });
  };

  const minutesError = form.formState.errors.claimMinutes ? t("errors.claimMinutesInvalid") : undefined;
  return (
    <section aria-labelledby="granskning-heading">
      <h2 id="granskning-heading">{t("heading")}</h2>
      <form noValidate onSubmit={form.handleSubmit(onSubmit)}>
        <FormMessage kind={message?.kind ?? "error"}>{message?.text}</FormMessage>
        <div className="field checkbox-row">
          {/* defaultChecked: register() sets the box only once the page is hydrated, so without it
              the server's HTML shows it unchecked, and a click before hydration saves the opposite. */}
          <input id="kollegagranskning" type="checkbox" aria-describedby="kollegagranskning-hint" defaultChecked={colleagueReview} {...form.register("colleagueReview")} />
          <label htmlFor="kollegagranskning">{t("colleagueReview")}</label>
        </div>
        <p className="hint" id="kollegagranskning-hint">
          {t("colleagueReviewHint")} {inForce ? (held ? t("held") : t("inForce", { count: activeModerators })) : t("notInForce")}
        </p>
        {offRequest ? (
          <p className="hint">{t("pendingRequest", { name: offRequest.name, date: format.dateTime(offRequest.at, { dateStyle: "long", timeStyle: "short" }) })}</p>
        ) : null}
        <TextField
          id="anspraksminuter"
          label={t("claimMinutes")}
          hint={t("claimMinutesHint")}
          error={minutesError}
          type="number"
          inputMode="numeric"
          min={claimMinutesLimits.min}
          max={claimMinutesLimits.max}
          {...form.register("claimMinutes")}
        />
        <button type="submit" disabled={form.formState.isSubmitting}>
          {t("save")}
        </button>
      </form>
    </section>
  );
}

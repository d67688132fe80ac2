"use client";

import type { Locale } from "@/lib/locales";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, type Path, useForm } from "react-hook-form";
import { editStoryAction, preparePublicationAction, publishStoryAction } from "@/lib/actions/mod/stories";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionFailure } from "@/lib/actions/result";
import { type StoryReviewValues, storyReviewSchema } from "@/lib/moderation/schemas";
import { routes } from "@/lib/routes";
import type { FactValues } from "@/lib/templates/render-template";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { ConfirmDialog } from "./confirm-dialog";
import { ReplyComposer } from "./reply-composer";
import type { ReviewFormValues, TagOption, TemplateOption } from "./review-form-types";
import styles from "./review.module.css";
import { StoryTextFields } from "./story-text-fields";
import { TagCheckboxes } from "./tag-checkboxes";

type Props = {
  storyId: string;
  /** The story's version when this page was rendered (lib/stories/story-status.ts). */
  version: number;
  initial: { title: string; body: string; tagIds: string[] };
  tags: TagOption[];
  templates: TemplateOption[];
  /** The language the story is written in: the composer offers templates in it first. */
  storyLanguage?: Locale;
  suggestedTemplateId?: string | null;
  /** Colleague review is in force: the form sends the decision to a colleague instead of publishing. */
  colleagueReview: boolean;
  /** The reply prepared before a colleague sent the decision back. */
  initialReply?: { body: string; templateId: string | null } | null;
  /** The house style's opening and closing, shown around the reply field. */
  houseStyle?: { replyOpening: string; replyClosing: string };
  /** Every fact's current value by key, filled into a chosen template. */
  facts?: FactValues;
};

// Shown next to the button that was pressed, so it is in view where the moderator is looking.
type Message = { kind: "error" | "success"; text: string; at: "save" | "publish" } | null;

export function StoryReviewForm({ storyId, version, initial, tags, templates, storyLanguage, suggestedTemplateId, colleagueReview, initialReply, houseStyle, facts }: Props) {
  const t = useTranslations("Review");
  const failureText = useFailureText();
  const router = useRouter();
  const form = useForm<ReviewFormValues, unknown, StoryReviewValues>({
    resolver: zodResolver(storyReviewSchema),
    defaultValues: { ...initial, replyBody: initialReply?.body ?? "", templateId: initialReply?.templateId ?? "" },
    mode: "onTouched",
  });
  const [toPublish, setToPublish] = useState<StoryReviewValues | null>(null);
  const [working, setWorking] = useState<"save" | "publish" | null>(null);
  const [message, setMessage] = useState<Message>(null);

  // Field errors from the server sit next to their fields; the text typed stays in the form.
  function showFailure(result: ActionFailure, at: "save" | "publish") {
    for (const [field, keys] of Object.entries(result.fieldErrors)) {
      form.setError(field as Path<ReviewFormValues>, { message: keys[0] });
    }
    setMessage({ kind: "error", text: failureText(result.message), at });
  }

  async function save() {
    setMessage(null);
    if (!(await form.trigger(["title", "body", "tagIds"]))) return;
    const { title, body, tagIds } = form.getValues();
    setWorking("save");
    // The version this page was rendered from; a save refreshes the page, which brings the next.
    const result = await callAction(() => editStoryAction({ storyId, version, title, body, tagIds }));
    setWorking(null);
    if (!result.ok) return showFailure(result, "save");
    setMessage({ kind: "success", text: result.data.changed ? t("edit.saved") : t("edit.noChanges"), at: "save" });
    router.refresh();
  }

  async function publish() {
    const values = toPublish;
    setToPublish(null);
    if (!values) return;
    setMessage(null);
    setWorking("publish");
    const decide = colleagueReview ? preparePublicationAction : publishStoryAction;
    const result = await callAction(() => decide({ storyId, version, ...values }));
    if (!result.ok) {
      setWorking(null);
      return showFailure(result, "publish");
    }
    router.push(routes.mod.queue({ klart: colleagueReview ? "forberedd" : "publicerad" }));
  }

  // With colleague review the same form prepares the decision; only the words change.
  const words = colleagueReview
    ? { button: t("prepare.button"), working: t("prepare.working"), title: t("prepare.confirmTitle"), text: t("prepare.confirmText"), confirm: t("prepare.confirm") }
    : { button: t("publish.button"), working: t("publish.working"), title: t("publish.confirmTitle"), text: t("publish.confirmText"), confirm: t("publish.confirm") };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => setToPublish(values))} aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t("edit.heading")}</h2>
        <p className="hint">{t("edit.hint")}</p>
        <StoryTextFields />
        <TagCheckboxes tags={tags} selected={initial.tagIds} />
        <div className="stack">
          <FormMessage kind={message?.kind ?? "error"}>{message?.at === "save" ? message.text : null}</FormMessage>
          <button type="button" className="secondary" onClick={save} disabled={working !== null}>
            {working === "save" ? t("edit.saving") : t("edit.save")}
          </button>
        </div>
        <ReplyComposer templates={templates} storyLanguage={storyLanguage} suggestedTemplateId={suggestedTemplateId} houseStyle={houseStyle} facts={facts} />
        <FormMessage kind="error">{message?.at === "publish" ? message.text : null}</FormMessage>
        {colleagueReview ? <p className="hint">{t("prepare.intro")}</p> : null}
        <div className={styles.actions}>
          <button type="submit" disabled={working !== null}>
            {working === "publish" ? words.working : words.button}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={toPublish !== null}
        title={words.title}
        text={words.text}
        confirmLabel={words.confirm}
        cancelLabel={t("cancel")}
        onConfirm={publish}
        onCancel={() => setToPublish(null)}
      />
    </FormProvider>
  );
}

"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, type Path, useForm } from "react-hook-form";
import { editStoryAction, publishStoryAction } from "@/lib/actions/mod/stories";
import { FormMessage } from "@/components/forms/form-message";
import type { ActionFailure } from "@/lib/actions/result";
import { type StoryReviewValues, storyReviewSchema } from "@/lib/moderation/schemas";
import { callAction } from "./call-action";
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
  suggestedTemplateId?: string | null;
};

// Shown next to the button that was pressed, so it is in view where the moderator is looking.
type Message = { kind: "error" | "success"; text: string; at: "save" | "publish" } | null;

export function StoryReviewForm({ storyId, version, initial, tags, templates, suggestedTemplateId }: Props) {
  const t = useTranslations("Review");
  const tErrors = useTranslations("Common.errors");
  const router = useRouter();
  const form = useForm<ReviewFormValues, unknown, StoryReviewValues>({
    resolver: zodResolver(storyReviewSchema),
    defaultValues: { ...initial, replyBody: "", templateId: "" },
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
    setMessage({ kind: "error", text: tErrors(result.message as Parameters<typeof tErrors>[0]), at });
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
    const result = await callAction(() => publishStoryAction({ storyId, version, ...values }));
    if (!result.ok) {
      setWorking(null);
      return showFailure(result, "publish");
    }
    router.push("/mod?klart=publicerad");
  }

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit((values) => setToPublish(values))} aria-labelledby="edit-heading">
        <h2 id="edit-heading">{t("edit.heading")}</h2>
        <p className="hint">{t("edit.hint")}</p>
        <StoryTextFields />
        <TagCheckboxes tags={tags} />
        <div className="stack">
          <FormMessage kind={message?.kind ?? "error"}>{message?.at === "save" ? message.text : null}</FormMessage>
          <button type="button" className="secondary" onClick={save} disabled={working !== null}>
            {working === "save" ? t("edit.saving") : t("edit.save")}
          </button>
        </div>
        <ReplyComposer templates={templates} suggestedTemplateId={suggestedTemplateId} />
        <FormMessage kind="error">{message?.at === "publish" ? message.text : null}</FormMessage>
        <div className={styles.actions}>
          <button type="submit" disabled={working !== null}>
            {working === "publish" ? t("publish.working") : t("publish.button")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={toPublish !== null}
        title={t("publish.confirmTitle")}
        text={t("publish.confirmText")}
        confirmLabel={t("publish.confirm")}
        cancelLabel={t("cancel")}
        onConfirm={publish}
        onCancel={() => setToPublish(null)}
      />
    </FormProvider>
  );
}

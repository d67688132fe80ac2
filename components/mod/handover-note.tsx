"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { handoverLimits } from "@/lib/moderation/handover-schema";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { useBodySave } from "./use-body-save";
import styles from "./handover-note.module.css";

type Props = {
  /** The current note, already shown above by the server; the form starts from it. */
  body: string;
  save: (input: { body: string }) => Promise<ActionResult<{ changed: boolean }>>;
};

// Writing the handover note. The text stays in the field if saving fails; on success the queue
// page is read again, so the note above shows the new text, its author and time.
export function HandoverForm({ body, save: saveHandover }: Props) {
  const t = useTranslations("Queue.handover");
  const [text, setText] = useState(body);
  const { working, saved, failure, save } = useBodySave(useFieldErrorText("Queue.handover.errors", { handoverMax: handoverLimits.bodyMax }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    void save(() => saveHandover({ body: text }));
  }

  return (
    <details className={styles.edit} open={failure !== null || undefined}>
      <summary>{t("edit")}</summary>
      <form onSubmit={submit} noValidate>
        <FormMessage kind="error">{failure?.message}</FormMessage>
        <TextAreaField
          id="handover-body"
          label={t("field")}
          hint={t("hint")}
          error={failure?.field}
          rows={5}
          maxLength={handoverLimits.bodyMax}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={working}>
          {working ? t("saving") : t("save")}
        </button>
      </form>
      <FormMessage kind="success">{saved ? t("saved") : null}</FormMessage>
    </details>
  );
}

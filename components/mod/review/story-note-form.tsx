"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { addStoryNoteAction } from "@/lib/actions/mod/story-notes";
import { storyNoteLimits } from "@/lib/moderation/story-note-schema";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { useBodySave } from "../use-body-save";

// Adds one internal note. The text stays in the field if saving fails; on success the field
// empties and the page is read again, so the note appears in the list above.
export function StoryNoteForm({ storyId }: { storyId: string }) {
  const t = useTranslations("Review.notes");
  const [text, setText] = useState("");
  const { working, saved, failure, save } = useBodySave(useFieldErrorText("Review.notes.errors", { noteMax: storyNoteLimits.bodyMax }));

  function submit(event: React.FormEvent) {
    event.preventDefault();
    void save(() => addStoryNoteAction({ storyId, body: text }), () => setText(""));
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormMessage kind="error">{failure?.message}</FormMessage>
      <TextAreaField
        id="story-note"
        label={t("field")}
        hint={t("hint")}
        error={failure?.field}
        rows={3}
        maxLength={storyNoteLimits.bodyMax}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="secondary" disabled={working}>
        {working ? t("saving") : t("save")}
      </button>
      <FormMessage kind="success">{saved ? t("saved") : null}</FormMessage>
    </form>
  );
}

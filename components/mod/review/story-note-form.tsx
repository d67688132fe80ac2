"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { addStoryNoteAction } from "@/lib/actions/mod/story-notes";
import { storyNoteLimits } from "@/lib/moderation/story-note-schema";
import { callAction } from "./call-action";
import { useFieldErrorText } from "./use-field-error-text";

// Adds one internal note. The text stays in the field if saving fails; on success the field
// empties and the page is read again, so the note appears in the list above.
export function StoryNoteForm({ storyId }: { storyId: string }) {
  const t = useTranslations("Review.notes");
  const tErrors = useTranslations("Common.errors");
  const errorText = useFieldErrorText("Review.notes.errors");
  const router = useRouter();
  const [text, setText] = useState("");
  const [working, setWorking] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ message: string; field?: string } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setWorking(true);
    setSaved(false);
    setFailure(null);
    const result = await callAction(() => addStoryNoteAction({ storyId, body: text }));
    setWorking(false);
    if (result.ok) {
      setText("");
      setSaved(true);
      router.refresh();
      return;
    }
    setFailure({ message: tErrors(result.message as Parameters<typeof tErrors>[0]), field: errorText(result.fieldErrors.body?.[0]) });
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

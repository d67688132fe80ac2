"use client";

import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { readStoryDraft, writeStoryDraft } from "./draft-storage";
import type { StoryFormValues } from "./story-form-values";

// Restores the tab's draft once after mount (sessionStorage does not exist on the server), then
// keeps it up to date on every change. Subscribing after the restore means the empty initial
// values can never overwrite a saved draft.
export function useStoryDraft(form: UseFormReturn<StoryFormValues, unknown, unknown>) {
  const { reset, watch, getValues } = form;
  useEffect(() => {
    const draft = readStoryDraft();
    if (draft) reset({ ...getValues(), ...draft }, { keepDefaultValues: true });
    const subscription = watch((values) => writeStoryDraft(values as Partial<StoryFormValues>));
    return () => subscription.unsubscribe();
  }, [reset, watch, getValues]);
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";


export type BodySaveFailure = { message: string; field?: string };

// Saving one text field (`body`) with a moderator action, as the handover note and the internal
// notes do: the form's own state stays as it is on failure (the text is kept), the failure
// becomes a form message plus the field's message, and a success reads the page again so what
// the server shows reflects the save. `errorText` is the form's own useFieldErrorText(…), called
// with its namespace written out, as test/guard/client-messages-are-provided.test.ts requires.
export function useBodySave(errorText: (key: string | undefined) => string | undefined) {
  const failureText = useFailureText();
  const router = useRouter();
  const [working, setWorking] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<BodySaveFailure | null>(null);

  async function save(action: () => Promise<ActionResult<unknown>>, onSaved?: () => void) {
    setWorking(true);
    setSaved(false);
    setFailure(null);
    const result = await callAction(action);
    setWorking(false);
    if (!result.ok) {
      setFailure({ message: failureText(result.message), field: errorText(result.fieldErrors.body?.[0]) });
      return;
    }
    onSaved?.();
    setSaved(true);
    router.refresh();
  }

  return { working, saved, failure, save };
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextAreaField } from "@/components/forms/text-field";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { amendReplyAction } from "@/lib/actions/mod/facts";
import { amendReplySchema } from "@/lib/moderation/reply-amendment-schemas";
import { replyLimits } from "@/lib/moderation/schemas";
import { routes } from "@/lib/routes";
import { placeholderSample } from "@/lib/templates/render-template";

// `returnTo`: the page to come back to (the fact's page, or this reply's amendment page), which
// reads ?klart=rattat (amended), =rattelseforberedd (waiting for a colleague) or =oforandrad. `reviewInForce` only names the button; the server
// decides whether the correction waits for a colleague.
type Props = { replyId: string; returnTo: { page: "fact"; factId: string } | { page: "amendment" }; suggestion: string; reviewInForce: boolean };

// Correcting one published reply. The field starts with the reply's text with the new value in
// place of the old (or with a returned amendment's text); the moderator reads it through and
// saves, or sends it to a colleague. The text stays on failure.
export function AmendReplyForm({ replyId, returnTo, suggestion, reviewInForce }: Props) {
  const t = useTranslations("Facts.amend");
  const failureText = useFailureText();
  const errorText = useFieldErrorText("Review.errors", { replyMin: replyLimits.bodyMin, replyMax: replyLimits.bodyMax, placeholder: placeholderSample });
  const router = useRouter();
  const [body, setBody] = useState(suggestion);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const id = `amend-${replyId}`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setFailure(null);
    const parsed = amendReplySchema.safeParse({ body });
    if (!parsed.success) return setFieldError(errorText(parsed.error.issues[0]?.message));
    setFieldError(undefined);
    setWorking(true);
    const result = await callAction(() => amendReplyAction({ replyId, body: parsed.data.body }));
    setWorking(false);
    if (!result.ok) {
      setFieldError(errorText(result.fieldErrors.body?.[0]));
      return setFailure(failureText(result.message));
    }
    const klart = ({ amended: "rattat", prepared: "rattelseforberedd", unchanged: "oforandrad" } as const)[result.data.outcome];
    router.push(returnTo.page === "fact" ? routes.mod.fact(returnTo.factId, { klart }) : routes.mod.amendment(replyId, { klart }));
  }

  return (
    <form onSubmit={submit} noValidate>
      <FormMessage kind="error">{failure}</FormMessage>
      <TextAreaField
        id={id}
        label={t("field")}
        hint={t("fieldHint")}
        error={fieldError}
        rows={10}
        maxLength={replyLimits.bodyMax}
        value={body}
        onChange={(event) => setBody(event.target.value)}
      />
      <button type="submit" disabled={working}>
        {working ? t("working") : reviewInForce ? t("prepare") : t("save")}
      </button>
    </form>
  );
}

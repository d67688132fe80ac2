"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { useFormContext } from "react-hook-form";
import { SelectField, TextAreaField } from "@/components/forms/text-field";
import { replyLimits } from "@/lib/moderation/schemas";
import { type FactValues, placeholderSample, renderTemplate } from "@/lib/templates/render-template";
import styles from "@/components/facts/facts.module.css";
import type { ReviewFormValues, TemplateOption } from "./review-form-types";
import { useFieldErrorText } from "@/components/forms/use-field-error-text";
import { SuggestedTemplate } from "@/components/safety/suggested-template";
import type { Locale } from "@/lib/locales";
import { templatesForStory } from "@/lib/templates/templates-for-story";

type Props = {
  templates: TemplateOption[];
  // The language the story is written in: templates in it are offered first, then Swedish.
  storyLanguage?: Locale;
  suggestedTemplateId?: string | null;
  // The house style (SiteSetting.replyOpening/replyClosing): shown around the field, read-only,
  // as publishing adds them (lib/replies/compose-reply.ts).
  houseStyle?: { replyOpening: string; replyClosing: string };
  // Every fact's current value by key (lib/facts/list-facts.ts getFactValues), for {{fakta:key}}.
  facts?: FactValues;
};

const noHouseStyle = { replyOpening: "", replyClosing: "" };
const noFacts: FactValues = {};

// The house style's opening or closing, shown where publishing puts it around the reply.
function FixedText({ id, label, text }: { id: string; label: string; text: string }) {
  return text ? (
    <p className={styles.fixedText} id={id}>
      <span className={styles.fixedLabel}>{label}</span>
      {text}
    </p>
  ) : null;
}

// Choosing a template fills the reply text in the browser, facts included; the moderator then
// adapts it. Text the moderator has already changed is only replaced after asking.
export function ReplyComposer({ templates, storyLanguage = "sv", suggestedTemplateId = null, houseStyle = noHouseStyle, facts = noFacts }: Props) {
  const t = useTranslations("Review.reply");
  const tStyle = useTranslations("HouseStyle.composer");
  const tLanguages = useTranslations("ModerationLanguages");
  const errorText = useFieldErrorText("Review.errors", { replyMin: replyLimits.bodyMin, replyMax: replyLimits.bodyMax, placeholder: placeholderSample });
  const { register, setValue, getValues, formState } = useFormContext<ReviewFormValues>();
  const lastFilled = useRef("");
  const chosen = useRef("");
  const error = errorText(formState.errors.replyBody?.message);

  function fillFromTemplate(templateId: string) {
    const template = templates.find((candidate) => candidate.id === templateId);
    if (!template) return;
    const current = getValues("replyBody") ?? "";
    if (current.trim() !== "" && current !== lastFilled.current && !window.confirm(t("replaceConfirm"))) {
      setValue("templateId", chosen.current);
      return;
    }
    chosen.current = templateId;
    const text = renderTemplate(template.body, {}, facts);
    lastFilled.current = text;
    setValue("replyBody", text, { shouldDirty: true, shouldValidate: formState.isSubmitted });
  }

  const opening = houseStyle.replyOpening.trim();
  const closing = houseStyle.replyClosing.trim();

  const suggested = templates.find((template) => template.id === suggestedTemplateId) ?? null;
  function applySuggested() {
    if (!suggested) return;
    setValue("templateId", suggested.id);
    fillFromTemplate(suggested.id);
  }

  // Grouped by language, so the moderator sees which language each template is in; a single
  // group (every template in the story's language) needs no label.
  const languageName = tLanguages(`languages.${storyLanguage}`);
  const offered = templatesForStory(
    templates.map((template) => ({ ...template, language: template.language ?? "sv" })),
    storyLanguage,
  );
  const templateGroups = [
    { key: "story", label: tLanguages("composer.storyLanguageGroup", { language: languageName }), templates: offered.inStoryLanguage },
    { key: "sv", label: tLanguages("composer.swedishGroup"), templates: offered.swedish },
    { key: "other", label: tLanguages("composer.otherGroup"), templates: offered.other },
  ].filter((group) => group.templates.length > 0);
  const templateOption = (template: TemplateOption) => (
    <option key={template.id} value={template.id} lang={template.language}>
      {template.title}
    </option>
  );

  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">{t("heading")}</h2>
      <p className="hint">{t("hint")}</p>
      {storyLanguage !== "sv" ? <p id="review-story-language">{tLanguages("composer.storyLanguage", { language: languageName })}</p> : null}
      {suggested ? <SuggestedTemplate title={suggested.title} onUse={applySuggested} /> : null}
      <SelectField
        id="review-template"
        errorName="templateId"
        label={t("template")}
        hint={t("templateHint")}
        {...register("templateId", { onChange: (event) => fillFromTemplate(event.target.value) })}
      >
        <option value="">{t("noTemplate")}</option>
        {templateGroups.length > 1
          ? templateGroups.map((group) => (
              <optgroup key={group.key} label={group.label}>
                {group.templates.map(templateOption)}
              </optgroup>
            ))
          : templates.map(templateOption)}
      </SelectField>
      <TextAreaField
        id="review-reply"
        errorName="replyBody"
        label={t("body")}
        hint={`${t("bodyHint", { min: replyLimits.bodyMin, max: replyLimits.bodyMax })}${opening || closing ? ` ${tStyle("hint")}` : ""}`}
        before={<FixedText id="review-reply-opening" label={tStyle("opening")} text={opening} />}
        after={<FixedText id="review-reply-closing" label={tStyle("closing")} text={closing} />}
        error={error}
        rows={12}
        {...register("replyBody")}
      />
    </section>
  );
}

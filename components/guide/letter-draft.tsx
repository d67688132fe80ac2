"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState, useSyncExternalStore } from "react";
import { type LetterFields, type LetterRecipient, type LetterText, blankLetter, buildLetter } from "@/lib/guide/build-letter";
import styles from "./guide.module.css";

const noSubscription = () => () => {};

// The letter draft is made here, in the browser, and nowhere else: the form has no action and
// its submission is always prevented, its text fields have no names, and nothing is fetched or
// stored (no server action, no storage). Copy and print work on the text in the page. Without
// JavaScript (and before it runs) the reader gets a plain template to copy by hand instead of a
// form that could send what they typed.
export function LetterDraft({ ivoName }: { ivoName: string }) {
  const t = useTranslations("Guide.letter");
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [fields, setFields] = useState<LetterFields>(blankLetter);
  const [draft, setDraft] = useState("");
  const [missingWhat, setMissingWhat] = useState(false);
  const [status, setStatus] = useState("");
  const draftRef = useRef<HTMLTextAreaElement>(null);
  const text: LetterText = (key, values) => t(`text.${key}`, values);

  if (!hydrated) {
    return (
      <>
        <p>{t("noScript")}</p>
        <label htmlFor="brev-mall">{t("templateLabel")}</label>
        <textarea id="brev-mall" className={styles.letter} readOnly defaultValue={buildLetter(blankLetter, text, ivoName)} />
      </>
    );
  }

  const set = (field: keyof LetterFields) => (event: { target: { value: string } }) => setFields((current) => ({ ...current, [field]: event.target.value }));

  function build(event: FormEvent) {
    event.preventDefault();
    setStatus("");
    if (!fields.what.trim()) {
      setMissingWhat(true);
      return;
    }
    setMissingWhat(false);
    setDraft(buildLetter(fields, text, ivoName));
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(draft);
      setStatus(t("copied"));
    } catch {
      // No Clipboard API, or no permission: select the text, so the reader can copy it by hand.
      const area = draftRef.current;
      area?.focus();
      area?.select();
      setStatus(document.execCommand?.("copy") ? t("copied") : t("copyFailed"));
    }
  }

  return (
    <>
      <p id="brev-intro">{t("intro")}</p>
      <form onSubmit={build} noValidate aria-describedby="brev-intro">
        <fieldset className="field">
          <legend>{t("recipient")}</legend>
          <div className={styles.choices}>
            {(["enhetschef", "ivo"] as LetterRecipient[]).map((recipient) => (
              <label key={recipient}>
                <input
                  type="radio"
                  name="brev-mottagare"
                  value={recipient}
                  checked={(fields.recipient ?? "enhetschef") === recipient}
                  onChange={() => setFields((current) => ({ ...current, recipient }))}
                />
                {recipient === "ivo" ? ivoName : t("toManager")}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="brev-vad">{t("what")}</label>
          <p id="brev-vad-hint" className="hint">
            {t("whatHint")}
          </p>
          <textarea
            id="brev-vad"
            value={fields.what}
            onChange={set("what")}
            aria-invalid={missingWhat || undefined}
            aria-describedby="brev-vad-hint brev-vad-fel"
          />
          <p id="brev-vad-fel" className="field-error" aria-live="polite">
            {missingWhat ? t("needsWhat") : ""}
          </p>
        </div>
        <div className="field">
          <label htmlFor="brev-nar">{t("when")}</label>
          <p id="brev-nar-hint" className="hint">
            {t("whenHint")}
          </p>
          <input id="brev-nar" type="text" value={fields.when} onChange={set("when")} aria-describedby="brev-nar-hint" autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="brev-var">{t("office")}</label>
          <input id="brev-var" type="text" value={fields.office} onChange={set("office")} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor="brev-vill">{t("want")}</label>
          <textarea id="brev-vill" value={fields.want} onChange={set("want")} />
        </div>
        <button type="submit">{t("build")}</button>
      </form>
      {draft ? (
        <div className={styles.draft}>
          <label htmlFor="brev-utkast">{t("draft")}</label>
          <textarea id="brev-utkast" ref={draftRef} className={styles.letter} readOnly value={draft} />
          <div className="row">
            <button type="button" onClick={copy}>
              {t("copy")}
            </button>
            <button type="button" className="secondary" onClick={() => window.print()}>
              {t("print")}
            </button>
          </div>
          {/* What the printer gets: the letter alone (guide.module.css). */}
          <div className={styles.printable} aria-hidden="true">
            {draft}
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {status}
      </p>
    </>
  );
}

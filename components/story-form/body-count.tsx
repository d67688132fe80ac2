"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { normaliseText } from "@/lib/privacy/normalise-text";
import { storyLimits } from "@/lib/stories/schemas";
import type { StoryFormValues } from "./story-form-values";
import styles from "./story-form.module.css";

// Counts what the server will count (normalised and trimmed). The visible count updates on
// every keystroke; screen readers get the same text once typing pauses, not on each key.
export function BodyCount({ id }: { id: string }) {
  const t = useTranslations("StoryForm.body");
  const { control } = useFormContext<StoryFormValues>();
  const body = useWatch({ control, name: "body" }) ?? "";
  const count = normaliseText(body).length;
  const { bodyMin: min, bodyMax: max } = storyLimits;

  const text =
    count < min
      ? t("countTooShort", { count, min, remaining: min - count })
      : count > max
        ? t("countTooLong", { count, over: count - max })
        : t("count", { count, max });

  const [announced, setAnnounced] = useState("");
  const initialText = useRef(text);
  useEffect(() => {
    if (text === initialText.current) return;
    const timer = setTimeout(() => setAnnounced(text), 1200);
    return () => clearTimeout(timer);
  }, [text]);

  return (
    <>
      <p id={id} className={`hint ${count > max ? styles.over : ""}`}>
        {text}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { AutoReplaceNotice } from "@/components/privacy/auto-replace-notice";
import { commentLimits } from "@/lib/comments/comment-limits";
import type { CommentForm as CommentFormType, SubmitComment } from "./comment-form";
import styles from "./comment-form.module.css";

type LoadedForm = typeof CommentFormType;

// Most readers never comment, so the story page does not load the form's weight (react-hook-form,
// zod, the personal-data highlighter, the ALTCHA widget and its proof of work) until someone
// starts one: the field below is plain, and touching it loads the real form, which takes over
// the text and the focus. The proof of work starts then, while the person writes.
export function CommentSection({ storyId, submitComment }: { storyId: string; submitComment: SubmitComment }) {
  const t = useTranslations("CommentForm");
  const [Form, setForm] = useState<{ component: LoadedForm; focus: boolean } | null>(null);
  const [draft, setDraft] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  const loading = useRef(false);

  const start = () => {
    if (loading.current) return;
    loading.current = true;
    import("./comment-form").then(
      ({ CommentForm }) => setForm({ component: CommentForm, focus: document.activeElement === field.current }),
      // A failed download (a dropped connection) is tried again at the next touch.
      () => {
        loading.current = false;
      },
    );
  };

  const hint = t("hint", { min: commentLimits.bodyMin, max: commentLimits.bodyMax });
  return (
    <section aria-labelledby="comment-form-heading" className={styles.section}>
      <h2 id="comment-form-heading">{t("heading")}</h2>
      <p>{t("moderated")}</p>
      {Form ? (
        <Form.component storyId={storyId} submitComment={submitComment} initialBody={draft} focusOnMount={Form.focus} />
      ) : (
        <div className={styles.form}>
          <div className="field">
            <label htmlFor="comment-body">{t("label")}</label>
            <p className="hint" id="comment-body-hint">
              {hint}
            </p>
            <textarea
              ref={field}
              id="comment-body"
              rows={5}
              aria-describedby="comment-body-hint"
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onFocus={start}
              onPointerDown={start}
            />
            <AutoReplaceNotice variant="comment" />
          </div>
        </div>
      )}
    </section>
  );
}

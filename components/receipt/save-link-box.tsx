"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { clearStoryDraft } from "@/components/story-form/draft-storage";
import styles from "./receipt.module.css";

type CopyState = "idle" | "copied" | "failed";

// Shown once, right after sending. The link is built from the page's own address so it is
// exactly what the author's browser shows, without the "?ny=1" that brought them here.
export function SaveLinkBox({ path }: { path: string }) {
  const t = useTranslations("Receipt.save");
  const [url, setUrl] = useState(path);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setUrl(new URL(path, window.location.origin).toString());
    // The story has arrived, so the draft in this tab has done its job.
    clearStoryDraft();
  }, [path]);

  const copy = async () => {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopyState("copied");
    } catch {
      // Clipboard access needs a secure context and permission; the selected text is the fallback.
      setCopyState("failed");
    }
  };

  return (
    <section className={`alert warning ${styles.saveBox}`} aria-labelledby="save-heading">
      <h2 id="save-heading">{t("heading")}</h2>
      <p>{t("text")}</p>
      <p>
        <strong>{t("onlyWay")}</strong>
      </p>
      <p>{t("tips")}</p>
      <label htmlFor="receipt-url">{t("inputLabel")}</label>
      <div className={styles.copyRow}>
        <input
          ref={input}
          id="receipt-url"
          type="text"
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className={styles.urlInput}
        />
        <button type="button" onClick={copy}>
          {t("copy")}
        </button>
      </div>
      <p role="status" className={styles.copyStatus}>
        {copyState === "copied" ? t("copied") : copyState === "failed" ? t("copyFailed") : ""}
      </p>
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import styles from "./keyboard-shortcuts.module.css";
import { QUEUE_LINK_ATTRIBUTE } from "./queue-link";

type Props =
  | { mode: "queue" }
  | { mode: "review"; previousHref: string | null; nextHref: string | null };


// Keys typed into a field are text, never commands, and neither is anything with a modifier
// (the browser's and the screen reader's own shortcuts).
function isTyping(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return true;
  const target = event.target as HTMLElement | null;
  return Boolean(target?.closest("input, textarea, select, [contenteditable]:not([contenteditable='false'])"));
}

// Keyboard shortcuts for a shift that works through the queue: on the queue, j and k move
// between the stories and o opens the one in focus; on a review page, j and k open the next and
// the previous story in the queue's order. ? (or the button) shows them all in a dialog.
export function KeyboardShortcuts(props: Props) {
  const t = useTranslations("Shortcuts");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  // Set once the keys are listened for: until the page's script has run they do nothing.
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      close.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isTyping(event) || dialog.current?.open) return;
      if (event.key === "?") {
        event.preventDefault();
        setOpen(true);
        return;
      }
      if (props.mode === "review") {
        const href = event.key === "j" ? props.nextHref : event.key === "k" ? props.previousHref : null;
        if (href) {
          event.preventDefault();
          router.push(href);
        }
        return;
      }
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>(`[${QUEUE_LINK_ATTRIBUTE}]`));
      if (links.length === 0) return;
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === "j" || event.key === "k") {
        event.preventDefault();
        const next = event.key === "j" ? Math.min(current + 1, links.length - 1) : Math.max(current - 1, 0);
        links[next].focus();
        links[next].scrollIntoView({ block: "nearest" });
      } else if (event.key === "o") {
        event.preventDefault();
        router.push(links[Math.max(current, 0)].getAttribute("href")!);
      }
    }
    document.addEventListener("keydown", onKey);
    setReady(true);
    return () => document.removeEventListener("keydown", onKey);
  }, [props, router]);

  const keys = props.mode === "queue" ? (["j", "k", "o", "?"] as const) : (["jReview", "kReview", "?"] as const);
  return (
    <>
      <button type="button" className={`secondary ${styles.open}`} aria-haspopup="dialog" data-ready={ready || undefined} onClick={() => setOpen(true)}>
        {t("open")}
      </button>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby="kortkommandon-rubrik" onClose={() => setOpen(false)}>
        <h2 id="kortkommandon-rubrik">{t("heading")}</h2>
        <dl className={styles.list}>
          {keys.map((key) => (
            <div key={key}>
              <dt>
                <kbd>{key === "jReview" ? "j" : key === "kReview" ? "k" : key}</kbd>
              </dt>
              <dd>{t(`keys.${key === "?" ? "help" : key}`)}</dd>
            </div>
          ))}
        </dl>
        <p className="hint">{t("notWhileTyping")}</p>
        <button ref={close} type="button" onClick={() => setOpen(false)}>
          {t("close")}
        </button>
      </dialog>
    </>
  );
}

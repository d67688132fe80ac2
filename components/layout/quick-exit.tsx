"use client";

import { useEffect } from "react";
import { escapeWasConsumed } from "./escape-consumed";
import styles from "./quick-exit.module.css";

// A neutral Swedish site to land on: the weather service, which anyone might be reading.
export const NEUTRAL_SITE = "https://www.smhi.se/";
const DOUBLE_ESCAPE_MS = 1000;

// Someone who writes about violence at home may be watched. Leaving replaces this page in the
// history (so Back does not return to it) and forgets any draft kept in this tab.
function leave() {
  try {
    window.sessionStorage.clear();
  } catch {
    // Storage may be disabled; leaving matters more.
  }
  window.location.replace(NEUTRAL_SITE);
}

// The words come from the root layout (Common.quickExit), so that a page whose only client
// component is this one loads no translation code in the browser.
export function QuickExit({ labels }: { labels: { label: string; regionLabel: string; hint: string } }) {
  useEffect(() => {
    let lastEscape = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      if (escapeWasConsumed(event)) {
        lastEscape = 0;
        return;
      }
      const now = Date.now();
      if (now - lastEscape < DOUBLE_ESCAPE_MS) leave();
      lastEscape = now;
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
  return (
    // A landmark of its own, so that the hint is not loose text outside every landmark, and
    // sticky, so that the way out stays on screen however far someone has scrolled.
    <aside className={styles.bar} aria-label={labels.regionLabel}>
      <button type="button" className={styles.button} onClick={leave} aria-describedby="snabbutgang-tips">
        {labels.label}
      </button>
      <span id="snabbutgang-tips" className={styles.hint}>
        {labels.hint}
      </span>
    </aside>
  );
}

"use client";

import common from "@/messages/sv/common.json";

// Rendered in the browser with no translation provider around it (pages that only read load no
// translation code), so its three plain sentences are read from the message file directly.
const t = common.Common.error;

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert">
      <h1>{t.title}</h1>
      <p>{t.text}</p>
      <button type="button" onClick={reset}>
        {t.retry}
      </button>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

const SETTLE_MS = 1200;

// Tells screen-reader users how many findings a field has, politely and only once the count
// has stayed the same for a moment, so typing is not interrupted on every change. A
// replacement is announced at once, because the author just asked for it.
export function FindingsAnnouncer({ count, fieldName, replaced }: { count: number; fieldName: string; replaced: string }) {
  const t = useTranslations("PersonalData");
  const [message, setMessage] = useState("");
  const lastCount = useRef(count);
  const lastReplaced = useRef(replaced);

  useEffect(() => {
    if (replaced !== lastReplaced.current) {
      lastReplaced.current = replaced;
      lastCount.current = count;
      setMessage(`${replaced} ${t("announce", { count, field: fieldName })}`);
      return;
    }
    if (count === lastCount.current) return;
    const timer = setTimeout(() => {
      lastCount.current = count;
      setMessage(t("announce", { count, field: fieldName }));
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [count, replaced, fieldName, t]);

  return (
    <p className="visually-hidden" aria-live="polite">
      {message}
    </p>
  );
}

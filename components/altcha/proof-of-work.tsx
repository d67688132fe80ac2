"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { routes } from "@/lib/routes";
import { PROOF_FIELD, TRAP_FIELD } from "./protection-fields";
import styles from "./proof-of-work.module.css";

type ProofState = "unverified" | "verifying" | "verified" | "expired" | "error";
const widgetStrings = ["label", "verifying", "verified", "error", "expired", "verificationRequired", "waitAlert", "verify", "reload", "loading", "ariaLinkLabel", "footer"] as const;

// The self-hosted ALTCHA widget: it fetches a challenge from our own server and solves it in a
// Web Worker as soon as the form loads, so by the time the person has written anything it is
// done. Beside it, the honeypot field people never see. Both are read by readProtection().
export function ProofOfWork({ message }: { message?: string | null }) {
  const t = useTranslations("Abuse");
  const trapId = useId();
  const widget = useRef<HTMLElement>(null);
  const [state, setState] = useState<ProofState>("unverified");

  useEffect(() => {
    const element = widget.current;
    const onState = (event: Event) => setState((event as CustomEvent<{ state: ProofState }>).detail.state);
    element?.addEventListener("statechange", onState);
    // The widget touches `window` when imported, so it is loaded only in the browser.
    void import("altcha");
    return () => element?.removeEventListener("statechange", onState);
  }, []);

  const strings = JSON.stringify(Object.fromEntries(widgetStrings.map((key) => [key, t(`widget.${key}`)])));
  return (
    <div className={styles.protection} data-proof-state={state}>
      <altcha-widget
        ref={widget}
        challengeurl={routes.api.altchaChallenge()}
        credentials="omit"
        auto="onload"
        name={PROOF_FIELD}
        strings={strings}
        hidelogo
        hidefooter
      />
      <p className="hint">{t("widget.hint")}</p>
      <div className={styles.trap} aria-hidden="true">
        <label htmlFor={trapId}>{t("trapLabel")}</label>
        <input id={trapId} type="text" name={TRAP_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <FormMessage kind="error">{message}</FormMessage>
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { claimStoryAction, takeOverStoryAction } from "@/lib/actions/mod/stories";
import type { ClaimHolder } from "@/lib/moderation/claims";
import { callAction } from "@/components/forms/call-action";

type State = { kind: "checking" } | { kind: "held"; holder: ClaimHolder | null; tookOver?: boolean } | { kind: "failed" };

const time = new Intl.DateTimeFormat("sv-SE", { timeStyle: "short", timeZone: "Europe/Stockholm" });

// Opening a pending story for editing claims it (lib/moderation/claims.ts). When a colleague
// already holds it, this says who and until when, and offers to take it over; the server
// refuses their saves and decisions meanwhile, so nothing is done twice. The claim is made from
// the browser once the page is open, not while the page renders, so a prefetch claims nothing.
export function ClaimBanner({ storyId }: { storyId: string }) {
  const t = useTranslations("Review.claim");
  const [state, setState] = useState<State>({ kind: "checking" });
  const [working, setWorking] = useState(false);

  useEffect(() => {
    let current = true;
    void callAction(() => claimStoryAction({ storyId })).then((result) => {
      if (current) setState(result.ok ? { kind: "held", holder: result.data } : { kind: "failed" });
    });
    return () => {
      current = false;
    };
  }, [storyId]);

  async function takeOver() {
    setWorking(true);
    const result = await callAction(() => takeOverStoryAction({ storyId }));
    setWorking(false);
    setState(result.ok ? { kind: "held", holder: result.data, tookOver: true } : { kind: "failed" });
  }

  const holder = state.kind === "held" ? state.holder : null;
  return (
    <section className="card" aria-label={t("label")} data-claim={state.kind === "checking" ? "checking" : holder?.mine ? "mine" : holder ? "other" : "none"}>
      <p role="status">
        {state.kind === "checking" ? t("checking") : null}
        {state.kind === "failed" ? t("failed") : null}
        {holder?.mine ? (state.kind === "held" && state.tookOver ? `${t("tookOver")} ` : "") + t("mine", { time: time.format(new Date(holder.until)) }) : null}
        {holder && !holder.mine ? t("other", { name: holder.moderatorName, time: time.format(new Date(holder.until)) }) : null}
      </p>
      {holder && !holder.mine ? (
        <button type="button" className="secondary" onClick={takeOver} disabled={working}>
          {working ? t("takingOver") : t("takeOver")}
        </button>
      ) : null}
    </section>
  );
}

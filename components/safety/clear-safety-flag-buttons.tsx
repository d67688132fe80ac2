"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { clearSafetyFlagAction } from "@/lib/actions/mod/stories";
import { FormMessage } from "@/components/forms/form-message";
import { callAction } from "@/components/forms/call-action";
import { useFailureText } from "@/components/forms/use-failure-text";
import type { SafetyFlag } from "@/generated/prisma/enums";
import styles from "./safety.module.css";

type Props = { storyId: string; flags: { flag: SafetyFlag; label: string }[] };

// One button per flag, so a moderator dismisses exactly the alarm that was wrong and keeps the rest.
export function ClearSafetyFlagButtons({ storyId, flags }: Props) {
  const t = useTranslations("Safety.review");
  const failureText = useFailureText();
  const router = useRouter();
  const [working, setWorking] = useState<SafetyFlag | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string } | null>(null);

  async function clear(flag: SafetyFlag) {
    setMessage(null);
    setWorking(flag);
    const result = await callAction(() => clearSafetyFlagAction({ storyId, flag }));
    setWorking(null);
    if (!result.ok) return setMessage({ kind: "error", text: failureText(result.message) });
    setMessage({ kind: "success", text: t("cleared") });
    router.refresh();
  }

  return (
    <div>
      <h3>{t("clearHeading")}</h3>
      <p className="hint">{t("clearHint")}</p>
      <ul className={styles.clearList}>
        {flags.map(({ flag, label }) => (
          <li key={flag}>
            <button type="button" className="secondary" onClick={() => clear(flag)} disabled={working !== null}>
              {working === flag ? t("clearing") : label}
            </button>
          </li>
        ))}
      </ul>
      <FormMessage kind={message?.kind ?? "error"}>{message?.text ?? null}</FormMessage>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-activity";
import { env } from "@/lib/env";

// Why the moderator is back at the login page, when a session ran out or was ended on the
// server rather than by their own "Logga ut".
export async function LoggedOutNotice({ reason }: { reason?: string }) {
  const t = await getTranslations("LoginSecurity");
  const texts: Record<string, () => string> = {
    inaktiv: () => t("loggedOutIdle", { minutes: env().SESSION_IDLE_MINUTES }),
    tid: () => t("loggedOutExpired", { hours: SESSION_MAX_AGE_SECONDS / 3600 }),
    avslutad: () => t("loggedOutEnded"),
    overallt: () => t("loggedOutEverywhere"),
  };
  const text = reason !== undefined && Object.hasOwn(texts, reason) ? texts[reason]() : null;
  if (!text) return null;
  return (
    <div className="alert warning" role="status">
      {text}
    </div>
  );
}

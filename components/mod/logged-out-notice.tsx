import { getTranslations } from "next-intl/server";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-activity";
import { env } from "@/lib/env";

// Why the moderator is back at the login page, when a session ran out rather than was ended.
export async function LoggedOutNotice({ reason }: { reason?: string }) {
  if (reason !== "inaktiv" && reason !== "tid") return null;
  const t = await getTranslations("LoginSecurity");
  const text =
    reason === "inaktiv"
      ? t("loggedOutIdle", { minutes: env().SESSION_IDLE_MINUTES })
      : t("loggedOutExpired", { hours: SESSION_MAX_AGE_SECONDS / 3600 });
  return (
    <div className="alert warning" role="status">
      {text}
    </div>
  );
}

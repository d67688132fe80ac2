import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { dbConfig } from "@/lib/db/config";
import { env } from "@/lib/env";
import { TOTP_FAILURE_LIMIT, TOTP_FAILURE_WINDOW_MS, TOTP_LOCK_MS } from "@/lib/auth/limit-second-factor";
import { LOGIN_DEVICE_ALLOWANCE, LOGIN_PACE_MAX_MS } from "@/lib/rate-limit/rules";
import { retentionConfig } from "@/lib/retention/retention-config";
import { apiRateLimit } from "@/lib/rate-limit/refuse-over-api-limit";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PrivacyPage");
  return { title: t("metaTitle") };
}

const sections = {
  stored: ["story", "original", "safety", "receipt", "replies", "moderators", "organisations", "mail", "moderatorSessions", "auditLog"],
  never: ["ip", "userAgent", "tracking", "cookies", "identityNumbers", "draft", "letterDraft", "language", "searchQueries"],
  control: ["link", "edit", "withdraw", "erase", "lostLink"],
} as const;

// The periods come from the same configuration the retention jobs read (lib/retention), so the
// page states what the running code does, not what it once did.
export default async function PrivacyPage() {
  const t = await getTranslations("PrivacyPage");
  const tAccessibility = await getTranslations("Accessibility");
  const config = retentionConfig();
  // The same settings the rate limits read (lib/rate-limit/rules.ts).
  const limits = env();
  const retention = [
    t("retention.rejected", { days: config.rejectedDays }),
    t("retention.withdrawn", { days: config.withdrawnDays }),
    t("retention.original", { days: config.originalTextDays }),
    t("retention.published"),
    tAccessibility("privacyRetention", { days: config.siteFeedbackDays }),
    t("retention.counters"),
    t("retention.erasedLog"),
    // lib/erasure: the embedded database's files are rewritten; PostgreSQL's are only vacuumed.
    t(dbConfig().kind === "pglite" ? "retention.diskEmbedded" : "retention.diskPostgres", { minutes: limits.ERASURE_SCRUB_MINUTES }),
    t("retention.backups"),
    t("retention.schedule", { minutes: config.intervalMinutes }),
  ];
  const list = (section: keyof typeof sections) => (
    <section aria-labelledby={`${section}-heading`}>
      <h2 id={`${section}-heading`}>{t(`${section}.heading`)}</h2>
      <ul>
        {sections[section].map((key) => (
          <li key={key}>{t(`${section}.${key}` as "stored.story")}</li>
        ))}
      </ul>
    </section>
  );

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {list("stored")}
      {list("never")}
      <section aria-labelledby="retention-heading">
        <h2 id="retention-heading">{t("retention.heading")}</h2>
        <ul>
          {retention.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="abuse-heading">
        <h2 id="abuse-heading">{t("abuse.heading")}</h2>
        <ul>
          <li>{t("abuse.rateLimit", { stories: limits.RATE_LIMIT_STORIES_PER_HOUR, comments: limits.RATE_LIMIT_COMMENTS_PER_HOUR })}</li>
          <li>
            {t("abuse.loginLimit", {
              perAccount: limits.RATE_LIMIT_LOGINS_PER_ACCOUNT,
              perSource: limits.RATE_LIMIT_LOGINS_PER_SOURCE,
              maxMinutes: Math.ceil(LOGIN_PACE_MAX_MS / 60_000),
            })}
          </li>
          <li>
            {t("abuse.secondFactorLimit", {
              failures: TOTP_FAILURE_LIMIT,
              minutes: TOTP_FAILURE_WINDOW_MS / 60_000,
              lockMinutes: TOTP_LOCK_MS / 60_000,
            })}
          </li>
          <li>{t("abuse.deviceCookie", { allowance: LOGIN_DEVICE_ALLOWANCE })}</li>
          <li>{t("abuse.searchLimit", { searches: limits.RATE_LIMIT_SEARCHES_PER_MINUTE, minutes: limits.RETENTION_INTERVAL_MINUTES })}</li>
          <li>{t("abuse.apiLimit", { perMinute: apiRateLimit().perMinute })}</li>
          <li>{t("abuse.receiptLimit", { comments: limits.RATE_LIMIT_AUTHOR_COMMENTS_PER_HOUR, edits: limits.RATE_LIMIT_AUTHOR_EDITS_PER_HOUR })}</li>
          <li>{t("abuse.proofOfWork")}</li>
        </ul>
      </section>
      {list("control")}
      <section aria-labelledby="moderators-heading">
        <h2 id="moderators-heading">{t("moderators.heading")}</h2>
        <p>{t("moderators.text")}</p>
      </section>
      <section aria-labelledby="public-record-heading">
        <h2 id="public-record-heading">{t("publicRecord.heading")}</h2>
        <p>{t("publicRecord.text")}</p>
      </section>
    </>
  );
}

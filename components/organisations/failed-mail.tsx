import { getFormatter, getTranslations } from "next-intl/server";
import type { FailedMail } from "@/lib/mail/list-failed-mail";

// The admins' view of mail that could not be sent (lib/mail/list-failed-mail.ts): what kind,
// for which organisation, how often tried, when next, and the error's code. Never an address.
export async function FailedMailList({ mails }: { mails: FailedMail[] }) {
  const t = await getTranslations("Alerts.failedMail");
  const format = await getFormatter();
  return (
    <section aria-labelledby="misslyckad-e-post">
      <h2 id="misslyckad-e-post">{t("heading")}</h2>
      {mails.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="stacked" role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">{t("kind")}</th>
              <th scope="col" role="columnheader">{t("organisation")}</th>
              <th scope="col" role="columnheader">{t("attempts")}</th>
              <th scope="col" role="columnheader">{t("nextAttempt")}</th>
              <th scope="col" role="columnheader">{t("lastError")}</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {mails.map((mail) => (
              <tr key={mail.id} role="row">
                <th scope="row" role="rowheader">{t(`kinds.${kindKey(mail.kind)}`)}</th>
                <td role="cell" data-label={t("organisation")}>{mail.organisationName ?? t("noOrganisation")}</td>
                <td role="cell" data-label={t("attempts")}>{mail.attempts}</td>
                <td role="cell" data-label={t("nextAttempt")}>
                  {mail.nextAttemptAt ? format.dateTime(mail.nextAttemptAt, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Stockholm" }) : t("givenUp")}
                </td>
                <td role="cell" data-label={t("lastError")}>
                  <code>{mail.lastError ?? "–"}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

const kindKey = (kind: string) => (kind === "invitation" || kind === "alert" || kind === "digest" ? kind : "other");

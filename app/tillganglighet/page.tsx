import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { SiteFeedbackForm } from "@/components/accessibility/site-feedback-form";
import Link from "@/components/i18n/link";
import { ClientMessages } from "@/i18n/client-messages";
import { submitSiteFeedback } from "@/lib/actions/public/site-feedback";
import { accessibilityStatement } from "@/lib/accessibility/statement";
import { SITE_FEEDBACK_PER_HOUR } from "@/lib/rate-limit/rules";
import { retentionConfig } from "@/lib/retention/retention-config";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Accessibility");
  return { title: t("metaTitle") };
}

const lists = {
  tested: ["axe", "languages", "phone", "keyboard", "noScript", "notTested"],
  shortcomings: ["charts", "monthTable", "scripts", "moderatorArea", "authorsText"],
} as const;

// The accessibility statement (tillgänglighetsredogörelse) in the order of DIGG's model: who
// stands behind the site, how accessible it is, what is known not to work, how to tell us, how
// to reach the supervisory authority, and how and when the statement was made. The periods and
// limits quoted come from the code that applies them.
// The feedback form is the same page with ?skriv=1, showing the form in place of the long
// statement: the form brings its messages (the personal-data findings, the proof of work, the
// failures) to the browser, and the two together would pass the 30 KB every reader page keeps to.
export default async function AccessibilityPage({ searchParams }: { searchParams: Promise<{ skriv?: string | string[] }> }) {
  const writing = (await searchParams).skriv === "1";
  const t = await getTranslations("Accessibility");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long", timeZone: "Europe/Stockholm" });
  const list = (name: keyof typeof lists) => (
    <ul>
      {lists[name].map((key) => (
        <li key={key}>{t(`${name}.${key}` as "tested.axe")}</li>
      ))}
    </ul>
  );
  const report = (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{t("report.heading")}</h2>
      <p>{t("report.text")}</p>
      {writing ? (
        <>
          <p>{t("report.anonymous", { days: retentionConfig().siteFeedbackDays, perHour: SITE_FEEDBACK_PER_HOUR })}</p>
          <ClientMessages area="accessibility">
            <SiteFeedbackForm submitSiteFeedback={submitSiteFeedback} />
          </ClientMessages>
        </>
      ) : (
        <p>
          <Link href={routes.accessibility({ skriv: "1" })}>{t("report.writeLink")}</Link>
        </p>
      )}
    </section>
  );
  const supervision = (
    <section aria-labelledby="supervision-heading">
      <h2 id="supervision-heading">{t("supervision.heading")}</h2>
      <p>{t("supervision.text")}</p>
      <p>
        <a href={accessibilityStatement.supervisoryAuthorityUrl}>{t("supervision.link")}</a>
      </p>
    </section>
  );

  if (writing) {
    return (
      <>
        <h1>{t("title")}</h1>
        {report}
        {supervision}
        <p>
          <Link href={routes.accessibility()}>{t("report.backLink")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">{t("status.heading")}</h2>
        <p>{t("status.text")}</p>
        <p>{t("status.standard")}</p>
        <p>{t("status.noDocuments")}</p>
      </section>
      <section aria-labelledby="tested-heading">
        <h2 id="tested-heading">{t("tested.heading")}</h2>
        {list("tested")}
      </section>
      <section aria-labelledby="shortcomings-heading">
        <h2 id="shortcomings-heading">{t("shortcomings.heading")}</h2>
        <p>{t("shortcomings.intro")}</p>
        {list("shortcomings")}
      </section>
      {report}
      {supervision}
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">{t("about.heading")}</h2>
        <p>{t("about.made", { made: date(accessibilityStatement.madeOn), reviewed: date(accessibilityStatement.reviewedOn) })}</p>
        <p>{t("about.method")}</p>
      </section>
    </>
  );
}

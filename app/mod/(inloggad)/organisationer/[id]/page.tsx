import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteResponderForm } from "@/components/organisations/invite-responder-form";
import { OrganisationForm } from "@/components/organisations/organisation-form";
import { FastTrackSwitch, OrganisationActiveSwitch, ResponderActiveSwitch } from "@/components/organisations/organisation-switches";
import { municipalityNames } from "@/components/organisations/organisation-table";
import { requireModerator } from "@/lib/auth/session";
import { municipalities } from "@/lib/municipalities";
import { getOrganisation } from "@/lib/organisations/get-organisation";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Organisations.detail");
  return { title: t("metaTitle") };
}

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireModerator({ role: "ADMIN" });
  const { id } = await params;
  const organisation = await getOrganisation({ organisationId: id });
  if (!organisation) notFound();
  const [t, tInvite, format] = await Promise.all([getTranslations("Organisations.detail"), getTranslations("Organisations.invite"), getFormatter()]);
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <p>
        <Link href={routes.mod.organisations()}>{t("back")}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <p>{municipalityNames(organisation.municipalityCodes)}</p>
      {organisation.active ? null : (
        <p className="alert warning" role="status">
          {t("inactiveNotice")}
        </p>
      )}

      <section aria-labelledby="responders-heading">
        <h2 id="responders-heading">{t("respondersHeading")}</h2>
        {organisation.responders.length === 0 ? (
          <p>{t("respondersEmpty")}</p>
        ) : (
          <table className="stacked" role="table">
            <caption className="visually-hidden">{t("respondersCaption")}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t("responderName")}</th>
                <th scope="col" role="columnheader">{t("responderEmail")}</th>
                <th scope="col" role="columnheader">{t("responderTwoFactor")}</th>
                <th scope="col" role="columnheader">{t("responderActive")}</th>
                <th scope="col" role="columnheader">{t("responderAction")}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {organisation.responders.map((responder) => (
                <tr key={responder.id} role="row">
                  <th scope="row" role="rowheader">{responder.name}</th>
                  <td role="cell" data-label={t("responderEmail")}>{responder.email}</td>
                  <td role="cell" data-label={t("responderTwoFactor")}>{responder.twoFactor ? t("yes") : t("no")}</td>
                  <td role="cell" data-label={t("responderActive")}>{responder.active ? t("active") : t("inactive")}</td>
                  <td role="cell" data-label={t("responderAction")}>
                    <ResponderActiveSwitch organisationId={organisation.id} responderId={responder.id} name={responder.name} active={responder.active} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{tInvite("heading")}</h2>
        <p>{tInvite("intro")}</p>
        <InviteResponderForm organisationId={organisation.id} emailDomains={organisation.emailDomains} />
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">{t("invitationsHeading")}</h2>
        {organisation.invitations.length === 0 ? (
          <p>{t("invitationsEmpty")}</p>
        ) : (
          <table className="stacked" role="table">
            <caption className="visually-hidden">{t("invitationsCaption")}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">{t("invitationEmail")}</th>
                <th scope="col" role="columnheader">{t("invitationSent")}</th>
                <th scope="col" role="columnheader">{t("invitationStatus")}</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {organisation.invitations.map((invitation) => (
                <tr key={invitation.id} role="row">
                  <th scope="row" role="rowheader">{invitation.email}</th>
                  <td role="cell" data-label={t("invitationSent")}>{date(invitation.createdAt)}</td>
                  <td role="cell" data-label={t("invitationStatus")}>
                    {t(`invitationStatuses.${invitation.status}`, { date: date(invitation.expiresAt) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="fast-track-heading">
        <h2 id="fast-track-heading">{t("fastTrackHeading")}</h2>
        <p>{t("fastTrackIntro")}</p>
        <p>
          {organisation.fastTrack ? t("fastTrackOn") : t("fastTrackOff")}{" "}
          {t("fastTrackCounts", { published: organisation.eligibility.published, takenDown: organisation.eligibility.takenDown })}
        </p>
        {organisation.fastTrack || organisation.eligibility.eligible ? (
          <FastTrackSwitch organisationId={organisation.id} fastTrack={organisation.fastTrack} />
        ) : null}
      </section>

      <section aria-labelledby="edit-organisation-heading">
        <h2 id="edit-organisation-heading">{t("editHeading")}</h2>
        <OrganisationForm
          municipalities={municipalities.map(({ code, name }) => ({ code, name }))}
          organisation={{
            id: organisation.id,
            name: organisation.name,
            municipalityCodes: organisation.municipalityCodes,
            emailDomains: organisation.emailDomains,
            contactEmail: organisation.contactEmail,
          }}
        />
      </section>

      <section aria-labelledby="organisation-status-heading">
        <h2 id="organisation-status-heading">{t("statusHeading")}</h2>
        <p>{t("deactivateIntro")}</p>
        <OrganisationActiveSwitch organisationId={organisation.id} active={organisation.active} />
      </section>
    </>
  );
}

import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { findMunicipalityByCode } from "@/lib/municipalities";
import type { listOrganisations } from "@/lib/organisations/list-organisations";
import { routes } from "@/lib/routes";

type Row = Awaited<ReturnType<typeof listOrganisations>>[number];

export const municipalityNames = (codes: readonly string[]) => codes.map((code) => findMunicipalityByCode(code)?.name ?? code).join(", ");

export async function OrganisationTable({ organisations }: { organisations: Row[] }) {
  const t = await getTranslations("Organisations");
  if (organisations.length === 0) return <p>{t("empty")}</p>;
  return (
    <table className="stacked" role="table">
      <caption className="visually-hidden">{t("table.caption")}</caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">{t("table.name")}</th>
          <th scope="col" role="columnheader">{t("table.municipalities")}</th>
          <th scope="col" role="columnheader">{t("table.domains")}</th>
          <th scope="col" role="columnheader">{t("table.responders")}</th>
          <th scope="col" role="columnheader">{t("table.status")}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {organisations.map((organisation) => (
          <tr key={organisation.id} role="row">
            <th scope="row" role="rowheader">
              <Link href={routes.mod.organisation(organisation.id)}>{organisation.name}</Link>
            </th>
            <td role="cell" data-label={t("table.municipalities")}>{municipalityNames(organisation.municipalityCodes)}</td>
            <td role="cell" data-label={t("table.domains")}>{organisation.emailDomains.join(", ")}</td>
            <td role="cell" data-label={t("table.responders")}>{organisation.activeResponders}</td>
            <td role="cell" data-label={t("table.status")}>
              {organisation.active ? t("table.active") : t("table.inactive")}
              {organisation.fastTrack ? `, ${t("table.fastTrack").toLowerCase()}` : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

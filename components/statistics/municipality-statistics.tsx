import type { Locale } from "@/lib/locales";
import { localizeHref, routes } from "@/lib/routes";
import type { OpenStatistics } from "@/lib/statistics/open-statistics-schema";
import { DataTable } from "./data-table";
import type { StatisticsWords } from "./statistics-words";

// The period's count per named municipality, and every other one together with the stories
// that name none (lib/statistics/withhold-combinations.ts says which are named).
export function MunicipalityStatistics({ statistics, words, locale }: { statistics: OpenStatistics; words: StatisticsWords; locale: Locale }) {
  const { t } = words;
  const { municipalities, otherMunicipalities, period } = statistics;
  return (
    <section aria-labelledby="statistik-kommuner">
      <h2 id="statistik-kommuner">{t("municipalitiesHeading")}</h2>
      {municipalities.length === 0 ? <p>{t("noMunicipalities")}</p> : null}
      <DataTable
        caption={t("municipalitiesCaption", { from: words.monthName(period.from), to: words.monthName(period.to) })}
        headings={[t("municipality"), t("published")]}
        rows={[
          ...municipalities.map((municipality) => ({
            key: municipality.code,
            cells: [municipality.name, words.count(municipality.published)],
            href: localizeHref(locale, routes.municipality(municipality.slug)),
          })),
          ...(otherMunicipalities ? [{ key: "other", cells: [t("otherMunicipalities"), words.count(otherMunicipalities.published)] }] : []),
        ]}
      />
    </section>
  );
}

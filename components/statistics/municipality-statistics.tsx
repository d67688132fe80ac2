import Link from "@/components/i18n/link";
import { routes } from "@/lib/routes";
import type { OpenStatistics } from "@/lib/statistics/open-statistics-schema";
import type { StatisticsWords } from "./statistics-words";
import styles from "./statistics.module.css";

// The period's count per named municipality, and every other one together with the stories
// that name none (lib/statistics/withhold-combinations.ts says which are named).
export function MunicipalityStatistics({ statistics, words }: { statistics: OpenStatistics; words: StatisticsWords }) {
  const { t } = words;
  const { municipalities, otherMunicipalities, period } = statistics;
  return (
    <section aria-labelledby="statistik-kommuner">
      <h2 id="statistik-kommuner">{t("municipalitiesHeading")}</h2>
      {municipalities.length === 0 ? <p>{t("noMunicipalities")}</p> : null}
      <table className={styles.table}>
        <caption>{t("municipalitiesCaption", { from: words.monthName(period.from), to: words.monthName(period.to) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("municipality")}</th>
            <th scope="col">{t("published")}</th>
          </tr>
        </thead>
        <tbody>
          {municipalities.map((municipality) => (
            <tr key={municipality.code}>
              <th scope="row">
                <Link href={routes.municipality(municipality.slug)}>{municipality.name}</Link>
              </th>
              <td>{words.count(municipality.published)}</td>
            </tr>
          ))}
          {otherMunicipalities ? (
            <tr>
              <th scope="row">{t("otherMunicipalities")}</th>
              <td>{words.count(otherMunicipalities.published)}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

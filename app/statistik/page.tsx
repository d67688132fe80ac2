import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { FigureTable } from "@/components/statistics/figure-table";
import { MonthlyStatistics } from "@/components/statistics/monthly-statistics";
import { MunicipalityStatistics } from "@/components/statistics/municipality-statistics";
import { statisticsWords } from "@/components/statistics/statistics-words";
import styles from "@/components/statistics/statistics.module.css";
import { currentLocale } from "@/lib/i18n/current-locale";
import { readOpenStatistics } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { NAMED_MUNICIPALITIES } from "@/lib/statistics/get-open-statistics";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await statisticsWords();
  return { title: t("metaTitle") };
}

// Open statistics of the last twelve ended months, every small number hidden by the one rule
// (lib/statistics/suppress.ts) and every revealing sum withheld; the rule is written on the page.
export default async function StatisticsPage() {
  const locale = await currentLocale();
  const [statistics, words] = await Promise.all([readOpenStatistics({ locale }), statisticsWords()]);
  const { t } = words;
  const range = { from: words.monthName(statistics.period.from), to: words.monthName(statistics.period.to) };
  const { total } = statistics;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <section aria-labelledby="statistik-regel">
        <h2 id="statistik-regel">{t("ruleHeading")}</h2>
        <p>{t("period", range)}</p>
        <p>{t("suppression", { suppressed: t("suppressed") })}</p>
        <p>{t("combinations", { named: NAMED_MUNICIPALITIES })}</p>
        <p>{t("repliedDefinition")}</p>
      </section>
      <section aria-labelledby="statistik-period">
        <h2 id="statistik-period">{t("totalHeading")}</h2>
        {total ? (
          <dl className={styles.figures} data-testid="statistik-period">
            <div className={styles.figure}>
              <dt>{t("published")}</dt>
              <dd>{words.count(total.published)}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t("repliedShare")}</dt>
              <dd>{words.share(total.repliedShare)}</dd>
            </div>
            <div className={styles.figure}>
              <dt>{t("medianDays")}</dt>
              <dd>{words.days(total.medianDaysToPublication)}</dd>
            </div>
          </dl>
        ) : (
          <p className="alert">{t("totalWithheld")}</p>
        )}
      </section>
      <MonthlyStatistics statistics={statistics} words={words} />
      <section aria-labelledby="statistik-teman">
        <h2 id="statistik-teman">{t("themesHeading")}</h2>
        <FigureTable
          caption={t("themesCaption", range)}
          heading={t("theme")}
          rows={statistics.themes.map((theme) => ({ ...theme, key: theme.slug, label: theme.name }))}
          words={words}
        />
      </section>
      <MunicipalityStatistics statistics={statistics} words={words} locale={locale} />
      <section aria-labelledby="statistik-ladda-ner">
        <h2 id="statistik-ladda-ner">{t("downloadHeading")}</h2>
        <p>
          <a href={routes.statisticsCsv(locale === "sv" ? {} : { sprak: locale })} download>
            {t("download")}
          </a>
        </p>
        <p className="hint">{t("downloadHint")}</p>
        <p>{t.rich("api", { path: routes.api.v1.statistics(), link: (chunks) => <Link href={routes.api.v1.statistics()}>{chunks}</Link> })}</p>
      </section>
    </>
  );
}

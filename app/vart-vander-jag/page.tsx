import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { FactList, GuideStep, stepArgs } from "@/components/guide/guide-step";
import { LetterDraft } from "@/components/guide/letter-draft";
import styles from "@/components/guide/guide.module.css";
import { letterFacts, parseSituation, routeOf, situations, urgentFacts } from "@/lib/guide/guide-routes";
import { currentLocale, localHref } from "@/lib/i18n/current-locale";
import { readGuideFacts } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Guide");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<{ fraga?: string | string[] }> };

// Works as a plain page: the choice is a GET form (?fraga=…), and with no choice the page lists
// every route by its steps, each a plain link to the route in full (all of them in full would be
// about 40 KB of HTML; a reader page stays under 30 KB). Only the letter draft needs JavaScript,
// and it says so without it.
export default async function GuidePage({ searchParams }: Props) {
  const [{ fraga }, locale, t, action] = await Promise.all([searchParams, currentLocale(), getTranslations("Guide"), localHref(routes.guide())]);
  const situation = parseSituation(fraga);
  const facts = await readGuideFacts({ locale });
  const urgent = urgentFacts.flatMap((key) => (facts[key] ? [{ fact: facts[key], kind: "phone" as const }] : []));

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <aside className={styles.urgent} aria-labelledby="fara-rubrik">
        <h2 id="fara-rubrik">{t("urgent.heading")}</h2>
        <p>{t("urgent.intro")}</p>
        <FactList items={urgent} />
      </aside>
      <form method="get" action={action}>
        <fieldset>
          <legend>
            <h2 className={styles.legend}>{t("form.legend")}</h2>
          </legend>
          <div className={styles.choices}>
            {situations.map((each) => (
              <label key={each}>
                <input type="radio" name="fraga" value={each} defaultChecked={each === situation} />
                {t(`situations.${each}`)}
              </label>
            ))}
          </div>
          <button type="submit">{t("form.submit")}</button>
        </fieldset>
      </form>
      {situation ? (
        <section aria-labelledby="vag-rubrik">
          <h2 id="vag-rubrik">{t("route.heading", { situation: t(`situations.${situation}`) })}</h2>
          <p>{t("route.intro")}</p>
          <ol className={styles.route}>
            {routeOf[situation].map((step) => (
              <li key={step}>
                <GuideStep step={step} facts={facts} />
              </li>
            ))}
          </ol>
          <p>
            <Link href={routes.guide()}>{t("form.showAll")}</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="alla-rubrik">
          <h2 id="alla-rubrik">{t("all.heading")}</h2>
          <p>{t("all.intro")}</p>
          {situations.map((each) => (
            <div key={each}>
              <h3>{t(`situations.${each}`)}</h3>
              <ol>
                {routeOf[each].map((step) => (
                  <li key={step}>{t(`steps.${step}.title`, stepArgs(step, facts))}</li>
                ))}
              </ol>
              <p>
                <Link href={routes.guide({ fraga: each })}>{t("all.open", { situation: t(`situations.${each}`) })}</Link>
              </p>
            </div>
          ))}
        </section>
      )}
      <section aria-labelledby="brev-rubrik">
        <h2 id="brev-rubrik">{t("letter.heading")}</h2>
        <LetterDraft ivoName={facts[letterFacts.ivoName]?.value ?? ""} />
      </section>
    </>
  );
}

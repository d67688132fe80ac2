import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/mail/absolute-url";
import { apiRateLimit } from "@/lib/rate-limit/refuse-over-api-limit";
import { rateLimitRule } from "@/lib/rate-limit/rules";
import { routes } from "@/lib/routes";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ApiDocs");
  return { title: t("metaTitle") };
}

// Example values only: a theme and a municipality code that exist in every installation's seed.
const EXAMPLE_TAG = "ekonomiskt-bistand";
const EXAMPLE_MUNICIPALITY_CODE = "1480";

// /api (and /fi/api, /en/api): what the public API offers, how often it may be asked (the
// numbers the limits themselves read), and where its OpenAPI document is. Configuration only, no
// content: kept by the page cache under `settings` (lib/cache/content-keys.ts).
export default async function ApiDocsPage() {
  const t = await getTranslations("ApiDocs");
  const offers = [
    ["stories", routes.api.v1.stories()],
    ["story", decodeURIComponent(routes.api.v1.story("{id}"))],
    ["tags", routes.api.v1.tags()],
    ["search", routes.api.v1.search()],
    ["statistics", routes.api.v1.statistics()],
    ["feeds", routes.feed()],
  ] as const;
  const examples = [
    ["stories", routes.api.v1.stories({ tagg: EXAMPLE_TAG })],
    ["story", decodeURIComponent(routes.api.v1.story("{id}"))],
    ["search", routes.api.v1.search({ q: "överklaga beslut" })],
    ["tags", routes.api.v1.tags()],
    ["statistics", routes.api.v1.statistics()],
    ["feed", routes.feed()],
    ["feedTag", routes.feed({ tagg: EXAMPLE_TAG })],
    ["feedMunicipality", routes.feed({ kommun: EXAMPLE_MUNICIPALITY_CODE })],
  ] as const;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <section aria-labelledby="offers-heading">
        <h2 id="offers-heading">{t("offersHeading")}</h2>
        <ul>
          {offers.map(([offer, path]) => (
            <li key={offer}>
              <code className={styles.address}>{path}</code>: {t(`offers.${offer}`)}
            </li>
          ))}
        </ul>
        <p>{t("feedsNote")}</p>
      </section>

      <section aria-labelledby="described-heading">
        <h2 id="described-heading">{t("describedHeading")}</h2>
        <p>{t("described")}</p>
        <p>
          <a href={routes.api.v1.openapi()}>{t("openapiLink")}</a>
        </p>
      </section>

      <section aria-labelledby="limits-heading">
        <h2 id="limits-heading">{t("limitsHeading")}</h2>
        <p>{t("limits", { perMinute: apiRateLimit().perMinute, searchesPerMinute: rateLimitRule("search").limit })}</p>
        <p>{t("limitsRefusal")}</p>
      </section>

      <section aria-labelledby="caching-heading">
        <h2 id="caching-heading">{t("cachingHeading")}</h2>
        <p>{t("caching")}</p>
      </section>

      <section aria-labelledby="examples-heading">
        <h2 id="examples-heading">{t("examplesHeading")}</h2>
        <dl className={styles.examples}>
          {examples.map(([example, path]) => (
            <div key={example}>
              <dt>{t(`examples.${example}`)}</dt>
              <dd>
                <code className={styles.address}>GET {decodeURI(absoluteUrl(path))}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

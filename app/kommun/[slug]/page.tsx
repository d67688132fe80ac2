import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ListHeading } from "@/components/layout/list-heading";
import { LIST_HEADING_ID, pageLinks } from "@/components/layout/page-links";
import { Pagination } from "@/components/layout/pagination";
import { AnsweringOrganisations } from "@/components/municipality/answering-organisations";
import { MunicipalityFigures } from "@/components/municipality/municipality-figures";
import { StoryCardList } from "@/components/stories/story-card";
import { storyFeedAlternates } from "@/lib/feeds/story-feed-alternates";
import { findMunicipalityBySlug } from "@/lib/municipalities";
import { readAnsweringOrganisations, readMunicipalityFigures, readPublicFact, readStories } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { currentLocale } from "@/lib/i18n/current-locale";
import { parseStoryListPageParams } from "@/lib/stories/story-list-query";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

// The fact block with the ordinary route to a municipality's social services.
const CONTACT_FACT = "kommun-socialtjanst-kontakt";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Slugs are plain ASCII (lib/municipalities), so the segment is looked up as it comes.
// Metadata and page read the same list once per request (React's cache compares the strings).
const loadPage = cache(async (slug: string, serialized: string) => {
  const municipality = findMunicipalityBySlug(slug);
  if (!municipality) return null;
  const params = parseStoryListPageParams(JSON.parse(serialized));
  const filter = { municipalityCode: municipality.code };
  const [stories, organisations, figures] = await Promise.all([
    readStories({ filter, page: params.page, after: params.after, before: params.before, locale: await currentLocale() }),
    readAnsweringOrganisations(filter),
    readMunicipalityFigures(filter),
  ]);
  const contactFact = organisations.length === 0 ? await readPublicFact({ key: CONTACT_FACT }) : null;
  return { municipality, params, stories, organisations, figures, contactFact };
});

const load = async (props: Props) => {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  // Only the list's own parameters count: anything else in the address is not part of the key.
  const { page, after, before } = parseStoryListPageParams(searchParams);
  return loadPage(slug, JSON.stringify({ sida: String(page), efter: after, fore: before }));
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  if (!data) return {};
  const t = await getTranslations("Municipality");
  const { stories, municipality } = data;
  // The head links the municipality's feed.
  const alternates = await storyFeedAlternates({ municipality });
  if (stories.page <= 1 || stories.page > stories.totalPages) return { title: t("metaTitle", { municipality: municipality.name }), alternates };
  return { title: t("metaTitlePage", { municipality: municipality.name, page: stories.page, pages: stories.totalPages }), alternates };
}

export default async function MunicipalityPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  const t = await getTranslations("Municipality");
  const { municipality, params, stories, organisations, figures, contactFact } = data;
  const name = municipality.name;
  const path = routes.municipality(municipality.slug);
  const paged = Boolean(params.after || params.before || params.page > 1);

  return (
    <>
      <h1>{t("title", { municipality: name })}</h1>
      <p className="hint">{t("county", { county: municipality.county })}</p>
      <p>{t("intro", { municipality: name })}</p>
      <AnsweringOrganisations organisations={organisations} municipality={name} contactFact={contactFact} />
      {figures ? <MunicipalityFigures figures={figures} municipality={name} /> : null}
      <section aria-labelledby={LIST_HEADING_ID}>
        <ListHeading id={LIST_HEADING_ID} focus={paged} focusKey={`${stories.page}:${stories.stories[0]?.id ?? ""}`} className={styles.listHeading}>
          {t("stories.summary", { count: stories.total, municipality: name })}
        </ListHeading>
        {stories.total === 0 ? <p className="alert">{t("stories.empty", { municipality: name })}</p> : null}
        {stories.total > 0 && stories.stories.length === 0 ? (
          <div className="alert">
            <p>{t("stories.pageOutOfRange", { pages: stories.totalPages })}</p>
            <p>
              <Link href={path}>{t("stories.firstPage")}</Link>
            </p>
          </div>
        ) : null}
        <StoryCardList stories={stories.stories} headingLevel={3} />
        <Pagination page={stories.page} totalPages={stories.totalPages} links={pageLinks(path, {}, stories)} jump={{ action: path, hidden: {} }} />
        <p>
          <Link href={routes.stories({ kommun: municipality.slug })}>{t("stories.filtered", { municipality: name })}</Link>
        </p>
        <p>
          <Link href={routes.write()}>{t("stories.write")}</Link>
        </p>
      </section>
    </>
  );
}

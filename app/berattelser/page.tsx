import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { ListHeading } from "@/components/layout/list-heading";
import { LIST_HEADING_ID, pageLinks } from "@/components/layout/page-links";
import { Pagination } from "@/components/layout/pagination";
import { StoryCardList } from "@/components/stories/story-card";
import { StoryFilterForm } from "@/components/stories/story-filter-form";
import { storyFeedAlternates } from "@/lib/feeds/story-feed-alternates";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { ThemeVoices } from "@/components/stories/theme-voices";
import { readStories, readStoryVoices, readTags } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { parseStoryListPageParams, resolveStoryFilter } from "@/lib/stories/story-list-query";
import { currentLocale } from "@/lib/i18n/current-locale";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and page read the same list once per request (React's cache compares the string).
const loadList = cache(async (serialized: string) => {
  const params = parseStoryListPageParams(JSON.parse(serialized));
  const locale = await currentLocale();
  const tags = await readTags({ locale });
  const { filter, unknown } = resolveStoryFilter(params, new Set(tags.map((tag) => tag.slug)));
  const result =
    unknown.length === 0
      ? await readStories({ filter, page: params.page, after: params.after, before: params.before, locale })
      : null;
  // A theme's page offers both voices, clients and relatives and staff, with their counts.
  const voices =
    result && filter.tagSlug
      ? await readStoryVoices({ tagSlug: filter.tagSlug, municipalityCode: filter.municipalityCode, answered: filter.answered })
      : null;
  return { params, tags, filter, unknown, result, voices };
});
const load = async (searchParams: Props["searchParams"]) => loadList(JSON.stringify(await searchParams));

// The page number belongs in the title: it is the first thing a screen reader announces.
// The head links the feed of the list's theme and municipality.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("Stories");
  const { result, tags, filter } = await load(searchParams);
  const municipality = filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode) : undefined;
  const alternates = await storyFeedAlternates({ tag: tags.find((tag) => tag.slug === filter.tagSlug), municipality });
  if (!result || result.page <= 1 || result.page > result.totalPages) return { title: t("metaTitle"), alternates };
  return { title: t("metaTitlePage", { page: result.page, pages: result.totalPages }), alternates };
}

export default async function StoriesPage({ searchParams }: Props) {
  const [t, tMunicipality, tAnswers] = await Promise.all([getTranslations("Stories"), getTranslations("Municipality"), getTranslations("ReaderAnswers")]);
  const { params, tags, filter, unknown, result, voices } = await load(searchParams);
  const tagName = tags.find((tag) => tag.slug === filter.tagSlug)?.name;
  const municipalityName = filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode)?.name : undefined;
  // Links carry the municipality's slug, also when the reader typed its name in the filter.
  const municipalitySlug = filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode)?.slug : undefined;
  const keep = { tagg: params.tagSlug, kommun: municipalitySlug, besvarade: filter.answered ? "1" : undefined, av: filter.voice };
  const paged = Boolean(params.after || params.before || params.page > 1);

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <StoryFilterForm
        tags={tags}
        selectedTag={unknown.includes("tagg") ? undefined : params.tagSlug}
        selectedMunicipality={params.municipalitySlug}
        unknownMunicipality={unknown.includes("kommun")}
        answered={filter.answered}
        voice={filter.voice}
      />
      {voices && filter.tagSlug ? (
        <ThemeVoices tagSlug={filter.tagSlug} municipalitySlug={municipalitySlug} answered={filter.answered} current={filter.voice} counts={voices} />
      ) : null}
      {/* An unknown municipality has its message beside its field. */}
      {unknown.includes("tagg") ? (
        <div className={`alert warning ${styles.notice}`}>
          <p>{t("unknownTag")}</p>
          <p>
            <Link href={routes.stories()}>{t("filter.clear")}</Link>
          </p>
        </div>
      ) : null}
      {result ? (
        <>
          <ListHeading id={LIST_HEADING_ID} focus={paged} focusKey={`${result.page}:${result.stories[0]?.id ?? ""}`} className={styles.listHeading}>
            {t("summary", { count: result.total })}
            {tagName ? ` ${t("summaryTag", { tag: tagName })}` : null}
            {municipalityName ? ` ${t("summaryMunicipality", { municipality: municipalityName })}` : null}
            {filter.voice ? ` ${tAnswers(`summaryVoice.${filter.voice}`)}` : null}
            {filter.answered ? ` ${tAnswers("summaryAnswered")}` : null}
          </ListHeading>
          {filter.municipalityCode && municipalityName ? (
            <p>
              <Link href={routes.municipality(findMunicipalityByCode(filter.municipalityCode)!.slug)}>{tMunicipality("fromList", { municipality: municipalityName })}</Link>
            </p>
          ) : null}
          {result.total === 0 ? <p className="alert">{t("empty")}</p> : null}
          {result.total > 0 && result.stories.length === 0 ? (
            <div className={`alert ${styles.notice}`}>
              <p>{t("pageOutOfRange", { pages: result.totalPages })}</p>
              <p>
                <Link href={pageLinks(routes.stories(), keep, { ...result, page: 1 }).last ?? routes.stories()}>
                  {t("lastPage")}
                </Link>
              </p>
            </div>
          ) : null}
          <StoryCardList stories={result.stories} headingLevel={3} />
          <Pagination
            page={result.page}
            totalPages={result.totalPages}
            links={pageLinks(routes.stories(), keep, result)}
            jump={{ action: routes.stories(), hidden: keep }}
          />
        </>
      ) : null}
    </>
  );
}

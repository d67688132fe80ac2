import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/layout/pagination";
import { StoryCardList } from "@/components/stories/story-card";
import { StoryFilterForm } from "@/components/stories/story-filter-form";
import { storiesHref } from "@/components/stories/tag-links";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { readPublishedStories, readTags } from "@/lib/cache/public-reads";
import { parseStoryListPageParams, resolveStoryFilter } from "@/lib/stories/story-list-query";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Stories");
  return { title: t("metaTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function StoriesPage({ searchParams }: Props) {
  const t = await getTranslations("Stories");
  const params = parseStoryListPageParams(await searchParams);
  const tags = await readTags();
  const { filter, unknown } = resolveStoryFilter(params, new Set(tags.map((tag) => tag.slug)));
  const result = unknown.length === 0 ? await readPublishedStories({ filter, page: params.page }) : null;

  const tagName = tags.find((tag) => tag.slug === filter.tagSlug)?.name;
  const municipalityName = filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode)?.name : undefined;
  const hrefForPage = (sida: number) => storiesHref({ tagg: params.tagSlug, kommun: params.municipalitySlug, sida });

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <StoryFilterForm
        tags={tags}
        selectedTag={unknown.includes("tagg") ? undefined : params.tagSlug}
        selectedMunicipality={unknown.includes("kommun") ? undefined : params.municipalitySlug}
      />
      {unknown.length > 0 ? (
        <div className={`alert warning ${styles.notice}`}>
          {unknown.includes("tagg") ? <p>{t("unknownTag")}</p> : null}
          {unknown.includes("kommun") ? <p>{t("unknownMunicipality")}</p> : null}
          <p>
            <Link href="/berattelser">{t("filter.clear")}</Link>
          </p>
        </div>
      ) : null}
      {result ? (
        <>
          <p className="muted">
            {t("summary", { count: result.total })}
            {tagName ? ` ${t("summaryTag", { tag: tagName })}` : null}
            {municipalityName ? ` ${t("summaryMunicipality", { municipality: municipalityName })}` : null}
          </p>
          {result.total === 0 ? <p className="alert">{t("empty")}</p> : null}
          {result.total > 0 && result.stories.length === 0 ? (
            <div className={`alert ${styles.notice}`}>
              <p>{t("pageOutOfRange", { pages: result.totalPages })}</p>
              <p>
                <Link href={hrefForPage(result.totalPages)}>{t("lastPage")}</Link>
              </p>
            </div>
          ) : null}
          <StoryCardList stories={result.stories} headingLevel={2} />
          <Pagination page={result.page} totalPages={result.totalPages} hrefForPage={hrefForPage} />
        </>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ListHeading } from "@/components/layout/list-heading";
import { LIST_HEADING_ID, pageLinks } from "@/components/layout/page-links";
import { Pagination } from "@/components/layout/pagination";
import { SearchField } from "@/components/search/search-field";
import { StoryCardList } from "@/components/stories/story-card";
import { StoryFilterForm } from "@/components/stories/story-filter-form";
import { overrideResponseStatus } from "@/lib/http/response-status-override";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { clientAddress } from "@/lib/request/client-address";
import { routes } from "@/lib/routes";
import { readerSearchKey, runReaderSearch } from "@/lib/stories/run-reader-search";
import { parseSearchText } from "@/lib/stories/search-query";
import { parseStoryListPageParams, resolveStoryFilter } from "@/lib/stories/story-list-query";
import { readStories, readTags } from "@/lib/reader/public-reads";
import { currentLocale } from "@/lib/i18n/current-locale";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// /sok?q=&tagg=&kommun=&besvarade=&av=&sida= : the same search as /api/v1/search. Without q the page only
// shows the form; a q that cannot be searched gets its message next to the field.
const loadSearch = cache(async (serialized: string) => {
  const params = parseStoryListPageParams(JSON.parse(serialized));
  const locale = await currentLocale();
  const tags = await readTags({ locale });
  const { filter, unknown } = resolveStoryFilter(params, new Set(tags.map((tag) => tag.slug)));
  const search = params.query === undefined ? undefined : parseSearchText(params.query);
  const outcome =
    search?.ok === true
      ? await runReaderSearch({
          address: await clientAddress(),
          key: readerSearchKey({ filter: unknown.length === 0 ? filter : {}, search: search.text, page: params.page }),
          search: () => readStories({ filter: unknown.length === 0 ? filter : {}, search: search.text, page: params.page, locale }),
        })
      : null;
  // A refused search is still a page a person can read, with the status a client acts on.
  const refusal = outcome?.ok === false ? outcome.refusal : null;
  if (refusal) {
    overrideResponseStatus(refusal.reason === "busy" ? 503 : 429, { "Retry-After": String(refusal.retryAfterSeconds) });
  }
  return { params, tags, filter, unknown, search, result: outcome?.ok === true ? outcome.value : null, refusal };
});
const load = async (searchParams: Props["searchParams"]) => loadSearch(JSON.stringify(await searchParams));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const t = await getTranslations("Search");
  const { result } = await load(searchParams);
  if (!result || result.page <= 1 || result.page > result.totalPages) return { title: t("metaTitle") };
  return { title: t("metaTitlePage", { page: result.page, pages: result.totalPages }) };
}

export default async function SearchPage({ searchParams }: Props) {
  const t = await getTranslations("Search");
  const { params, tags, filter, unknown, search, result, refusal } = await load(searchParams);
  const keep = {
    q: params.query,
    tagg: params.tagSlug,
    kommun: filter.municipalityCode ? findMunicipalityByCode(filter.municipalityCode)?.slug : undefined,
    besvarade: filter.answered ? "1" : undefined,
    av: filter.voice,
  };
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
        action={routes.search()}
        label={t("formLabel")}
        submitLabel={t("submit")}
      >
        <SearchField value={params.query ?? ""} error={search?.ok === false ? t(`errors.${search.error}`) : undefined} />
      </StoryFilterForm>
      <p className="muted">{t("notStored")}</p>
      {refusal ? (
        <p className="alert" role="status">
          {refusal.reason === "busy" ? t("busy") : t("rateLimited")}
        </p>
      ) : null}
      {result ? (
        <>
          <ListHeading id={LIST_HEADING_ID} focus={params.page > 1} focusKey={String(result.page)}>
            {result.totalIsCapped ? t("summaryCapped", { count: result.total }) : t("summary", { count: result.total })}
          </ListHeading>
          {result.total === 0 ? <p className="alert">{t("empty")}</p> : null}
          <StoryCardList stories={result.stories} headingLevel={3} />
          <Pagination
            page={result.page}
            totalPages={result.totalPages}
            links={pageLinks(routes.search(), keep, result)}
            jump={{ action: routes.search(), hidden: keep }}
          />
        </>
      ) : null}
    </>
  );
}

import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { AnswerStatusLabel } from "@/components/answers/answer-status";
import styles from "@/components/answers/answers.module.css";
import { Pagination } from "@/components/layout/pagination";
import { dayValues } from "@/components/stories/published-date";
import { getAnsweringOrganisation } from "@/lib/answers/answering-organisation";
import { listStoriesToAnswer } from "@/lib/answers/list-stories-to-answer";
import { requireResponder } from "@/lib/auth/session";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { pageFromSearchParam } from "@/lib/pagination/page-param";
import { routes } from "@/lib/routes";
import { bySwedishName } from "@/lib/text/swedish-collator";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Answers.list");
  return { title: t("metaTitle") };
}

// The responder's start page: the published stories of the organisation's municipalities (from
// the database, never from the address), those it has not answered first, the oldest first.
export default async function StoriesToAnswerPage({ searchParams }: { searchParams: Promise<{ sida?: string | string[] }> }) {
  const responder = await requireResponder();
  const organisation = await getAnsweringOrganisation(responder.organisationId);
  const t = await getTranslations("Answers");
  if (!organisation) return <h1>{t("list.heading")}</h1>;
  const list = await listStoriesToAnswer({ organisation, page: pageFromSearchParam((await searchParams).sida) });
  const municipalities = organisation.municipalityCodes
    .flatMap((code) => findMunicipalityByCode(code) ?? [])
    .map((municipality) => ({ name: municipality.name }))
    .sort(bySwedishName)
    .map(({ name }) => name);
  const format = new Intl.ListFormat("sv", { style: "long", type: "conjunction" });
  return (
    <>
      <h1>{t("list.heading")}</h1>
      <p>{t("list.intro", { municipalities: format.format(municipalities), organisation: organisation.name })}</p>
      <p className="muted">{t("list.counts", { unanswered: list.unanswered, total: list.total })}</p>
      {list.items.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <section aria-labelledby="lista">
          <h2 id="lista" className="visually-hidden">
            {t("list.listHeading")}
          </h2>
          <ol className={styles.list}>
            {list.items.map((story) => (
              <li key={story.id} className={styles.item}>
                <h3>
                  <Link href={routes.respond.story(story.id)}>{story.title}</Link>
                </h3>
                <p>
                  {t.rich("list.published", dayValues(story.publishedAt))}
                  {story.municipality ? ` · ${t("list.municipality", { name: story.municipality.name })}` : null}
                </p>
                {story.tags.length > 0 ? <p>{t("list.themes", { names: story.tags.map((tag) => tag.name).join(", ") })}</p> : null}
                <p>
                  {t("status.label")} <AnswerStatusLabel status={story.answer?.status ?? null} awaitingReviewAfter={story.answer?.awaitingReviewAfter} />
                  {story.answer && story.answer.markCount > 0 ? ` · ${t("list.marks", { count: story.answer.markCount })}` : null}
                </p>
                {story.answer?.status === "RETURNED" && story.answer.moderatorComment ? (
                  <p>
                    <strong>{t("story.commentLabel")}</strong> {story.answer.moderatorComment}
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pagination page={list.page} totalPages={list.totalPages} hrefForPage={(page) => routes.respond.home({ sida: page })} />
    </>
  );
}

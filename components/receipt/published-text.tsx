import Link from "@/components/i18n/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { findMunicipalityByCode } from "@/lib/municipalities";
import { currentLocale } from "@/lib/i18n/current-locale";
import { routes } from "@/lib/routes";
import { byNameIn, localizedTagName } from "@/lib/tags/localized-tag";
import type { ReceiptStory } from "@/lib/stories/get-story-by-receipt";

type Props = { story: Pick<ReceiptStory, "id" | "title" | "body" | "language" | "tags" | "municipalityCode" | "publishedAt"> };

// Once published, the author sees exactly what readers see, including what moderators edited,
// and where to find it. Tags are plain text here: the receipt page links only to the story.
export async function PublishedText({ story }: Props) {
  const t = await getTranslations("AuthorControl.published");
  const tStatus = await getTranslations("Receipt.status");
  const format = await getFormatter();
  const locale = await currentLocale();
  const tagNames = story.tags.map(({ tag }) => ({ name: localizedTagName(tag, locale) })).sort(byNameIn(locale));
  const municipality = story.municipalityCode ? findMunicipalityByCode(story.municipalityCode) : undefined;
  return (
    <section aria-labelledby="published-heading">
      <h2 id="published-heading">{t("heading")}</h2>
      <p className="muted">{t("note")}</p>
      <article className="card">
        <h3 lang={story.language}>{story.title}</h3>
        {story.publishedAt ? (
          <p className="muted">{t("publishedAt", { date: format.dateTime(story.publishedAt, { dateStyle: "long" }) })}</p>
        ) : null}
        <dl className="inline-dl">
          <div>
            <dt>{t("municipality")}</dt>
            <dd>{municipality?.name ?? t("noMunicipality")}</dd>
          </div>
          <div>
            <dt>{t("tags")}</dt>
            <dd>{tagNames.map((tag) => tag.name).join(", ")}</dd>
          </div>
        </dl>
        <p className="story-text" lang={story.language}>
          {story.body}
        </p>
      </article>
      <p>
        <Link href={routes.story(story.id)}>{tStatus("publishedLink")}</Link>
      </p>
    </section>
  );
}

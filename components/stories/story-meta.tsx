import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { routes } from "@/lib/routes";
import type { PublicStory } from "@/lib/stories/to-public-story";
import { PublishedDate } from "./published-date";
import styles from "./story-meta.module.css";

// When, where and from whom (as a role, never a person) a story was told.
export async function StoryMeta({ story }: { story: PublicStory }) {
  const t = await getTranslations("Story");
  const tRoles = await getTranslations("Common.roles");
  return (
    <dl className={styles.meta}>
      <div>
        <dt>{t("publishedLabel")}</dt>
        <dd>
          <PublishedDate day={story.publishedAt} />
        </dd>
      </div>
      {story.municipality ? (
        <div>
          <dt>{t("municipalityLabel")}</dt>
          <dd>
            <Link href={routes.municipality(story.municipality.slug)}>{story.municipality.name}</Link>
          </dd>
        </div>
      ) : null}
      {story.authorRole ? (
        <div>
          <dt>{t("roleLabel")}</dt>
          <dd>{tRoles(story.authorRole)}</dd>
        </div>
      ) : null}
    </dl>
  );
}

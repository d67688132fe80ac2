import { getFormatter, getTranslations } from "next-intl/server";
import type { StoryForReview } from "@/lib/moderation/get-story-for-review";
import { findMunicipalityByCode } from "@/lib/municipalities";
import styles from "./review.module.css";

export async function StoryMeta({ story }: { story: StoryForReview }) {
  const t = await getTranslations("Review");
  const tRoles = await getTranslations("Common.roles");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const municipality = story.municipalityCode ? findMunicipalityByCode(story.municipalityCode) : undefined;

  return (
    <dl className={styles.meta} aria-label={t("meta.label")}>
      <dt>{t("meta.status")}</dt>
      <dd>{t(`status.${story.status}`)}</dd>
      <dt>{t("meta.received")}</dt>
      <dd>{when(story.createdAt)}</dd>
      {story.decidedAt ? (
        <>
          <dt>{t("meta.decided")}</dt>
          <dd>{when(story.decidedAt)}</dd>
        </>
      ) : null}
      <dt>{t("meta.municipality")}</dt>
      <dd>{municipality?.name ?? t("meta.notGiven")}</dd>
      <dt>{t("meta.role")}</dt>
      <dd>{story.authorRole ? tRoles(story.authorRole) : t("meta.notGiven")}</dd>
    </dl>
  );
}

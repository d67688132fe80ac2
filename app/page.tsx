import type { Metadata } from "next";
import Link from "@/components/i18n/link";
import { getTranslations } from "next-intl/server";
import { StoryCardList } from "@/components/stories/story-card";
import { ThemeList } from "@/components/stories/theme-list";
import { storyFeedAlternates } from "@/lib/feeds/story-feed-alternates";
import { readStories, readTagsWithCounts } from "@/lib/reader/public-reads";
import { routes } from "@/lib/routes";
import { currentLocale } from "@/lib/i18n/current-locale";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

// The head links the feed of every story.
export async function generateMetadata(): Promise<Metadata> {
  return { alternates: await storyFeedAlternates() };
}

const LATEST_COUNT = 5;

export default async function HomePage() {
  const [t, locale] = await Promise.all([getTranslations("Home"), currentLocale()]);
  const [latest, tags] = await Promise.all([
    readStories({ pageSize: LATEST_COUNT, locale }),
    readTagsWithCounts({ locale }),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <div className={styles.intro}>
        <p>{t("intro")}</p>
        <p>{t("moderation")}</p>
        <p>{t("replies")}</p>
        <p className={styles.cta}>
          <Link className="button" href={routes.write()}>
            {t("cta")}
          </Link>
        </p>
        <p className={styles.ctaHint}>{t("ctaHint")}</p>
      </div>

      <section aria-labelledby="senaste">
        <h2 id="senaste">{t("latestHeading")}</h2>
        {latest.stories.length > 0 ? (
          <StoryCardList stories={latest.stories} headingLevel={3} />
        ) : (
          <p>{t("noStories")}</p>
        )}
        <p className={styles.more}>
          <Link href={routes.stories()}>{t("allStories")}</Link>
        </p>
      </section>

      <section aria-labelledby="teman">
        <h2 id="teman">{t("themesHeading")}</h2>
        <p>{t("themesIntro")}</p>
        <ThemeList tags={tags} />
      </section>
    </>
  );
}

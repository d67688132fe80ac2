import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StoryForm } from "@/components/story-form/story-form";
import { WritingGuidance } from "@/components/story-form/writing-guidance";
import { readTags } from "@/lib/reader/public-reads";
import { submitStory } from "@/lib/actions/public/story";
import { currentLocale } from "@/lib/i18n/current-locale";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("WritePage");
  return { title: t("metaTitle") };
}

export default async function WritePage() {
  const t = await getTranslations("WritePage");
  const tags = await readTags({ locale: await currentLocale() });
  return (
    <div className={styles.layout}>
      <div className={styles.intro}>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
      </div>
      <div className={styles.guidance}>
        <WritingGuidance />
      </div>
      <div className={styles.form}>
        <StoryForm tags={tags.map(({ id, name, description }) => ({ id, name, description }))} submitStory={submitStory} />
      </div>
    </div>
  );
}

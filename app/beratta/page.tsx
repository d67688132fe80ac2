import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "@/components/i18n/link";
import { StoryForm } from "@/components/story-form/story-form";
import { WritingGuidance } from "@/components/story-form/writing-guidance";
import { readTags } from "@/lib/reader/public-reads";
import { submitStory } from "@/lib/actions/public/story";
import { currentLocale } from "@/lib/i18n/current-locale";
import { routes } from "@/lib/routes";
import styles from "./page.module.css";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("WritePage");
  return { title: t("metaTitle") };
}

export default async function WritePage() {
  const t = await getTranslations("WritePage");
  const [tags, guide] = await Promise.all([readTags({ locale: await currentLocale() }), getTranslations("Guide.links")]);
  return (
    <div className={styles.layout}>
      <div className={styles.intro}>
        <h1>{t("title")}</h1>
        <p>{t("intro")}</p>
        <p>{guide.rich("write", { link: (text) => <Link href={routes.guide()}>{text}</Link> })}</p>
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
